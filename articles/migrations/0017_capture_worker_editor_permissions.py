"""Editors manage sources and ask for captures; capture requests and workers are records they read.

An editor may add a capture request (the "Add by URL" page) and change one (the "retry" action),
never delete it: it is the record of what was fetched, when and what came of it.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Editors"
PERMISSIONS = {
    "source": ["add", "change", "delete", "view"],
    "capturerequest": ["add", "change", "view"],
    "sourceitem": ["view"],
    "captureworker": ["view"],
}


def codenames():
    return [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]


def grant_editors(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    # As in 0005_editors_group: the permissions do not exist yet on a fresh database.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="articles", codename__in=codenames())
    )


def revoke_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="articles", codename__in=codenames())
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0016_capture_worker_heartbeats"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_editors, revoke_editors)]
