"""The Editors group: may edit the archive's data and its history, never users or groups.

Permissions are created by the post_migrate signal, after every migration has run, so on a fresh
database they do not exist yet when this migration runs; create_permissions makes them here first
(it is idempotent, and post_migrate later finds them in place).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Editors"
# Editable archive models, with their history models.
EDITABLE = [
    "article",
    "articleauthor",
    "author",
    "publisher",
    "topic",
    "historicalarticle",
    "historicalarticle_topics",
    "historicalarticleauthor",
    "historicalauthor",
    "historicalpublisher",
    "historicaltopic",
]
# Records of what arrived and what the importer did: editors read them, only imports write them.
READ_ONLY = ["capture", "importrun"]


def create_editors_group(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    # Historical app configs have no models module, which create_permissions takes as "no models".
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    codenames = [f"{action}_{model}" for model in EDITABLE for action in ("add", "change", "delete", "view")]
    codenames += [f"view_{model}" for model in READ_ONLY]
    permissions = Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
