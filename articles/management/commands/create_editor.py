"""Create an editor: a staff account in the Editors group, which may edit the archive's data."""

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

EDITORS_GROUP = "Editors"


class Command(BaseCommand):
    help = (
        "Create a staff account in the Editors group (or add an existing account to it). "
        "The password comes from an environment variable or is asked for."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="", help="the editor's e-mail address")
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="read the password from this environment variable instead of asking",
        )

    def handle(self, *args, username, email, password_from_env, verbosity, **options):
        try:
            group = Group.objects.get(name=EDITORS_GROUP)
        except Group.DoesNotExist:
            raise CommandError(
                "The Editors group does not exist: run `manage.py migrate`."
            ) from None
        User = get_user_model()
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        password = self._password(password_from_env, asked=user is None)
        candidate = user or User(**{User.USERNAME_FIELD: username}, email=email)
        if password is not None:
            try:
                validate_password(password, candidate)
            except ValidationError as error:
                raise CommandError("Password refused: " + " ".join(error.messages)) from None

        with transaction.atomic():
            created = user is None
            user = candidate
            user.is_staff = True
            if email:
                user.email = email
            if password is not None:
                user.set_password(password)
            user.save()
            user.groups.add(group)
        if verbosity >= 1:
            verb = "Created editor" if created else "Made editor:"
            self.stdout.write(f"{verb} {username}")

    def _password(self, variable: str | None, *, asked: bool) -> str | None:
        """The password from `variable`, else asked for (new accounts only), else None."""
        if variable:
            value = os.environ.get(variable)
            if not value:
                raise CommandError(f"Environment variable {variable} is not set or empty.")
            return value
        if not asked:
            return None  # an existing account keeps its password
        if not sys.stdin.isatty():
            raise CommandError("No terminal to ask for a password: use --password-from-env VAR.")
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords do not match.")
        if not password:
            raise CommandError("The password is empty.")
        return password
