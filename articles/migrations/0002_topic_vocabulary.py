"""Starter topic vocabulary for a corpus of commentary on Russia, Ukraine and their neighbours."""

from django.db import migrations
from django.utils.text import slugify

VOCABULARY = [
    ("Russia", "Russia's state, politics and foreign policy.", ["russia", "russian", "kremlin", "moscow"]),
    ("Ukraine", "Ukraine, its state and society.", ["ukraine", "ukrainian", "kyiv", "kiev"]),
    ("Belarus", "Belarus and its regime.", ["belarus", "belarusian", "lukashenko"]),
    ("NATO", "The North Atlantic alliance.", ["nato", "north atlantic treaty", "article 5", "stoltenberg"]),
    ("Sanctions", "Economic and personal sanctions.", ["sanction", "sanctioned", "embargo", "swift"]),
    ("War crimes", "Atrocities and their prosecution.", ["war crime", "war criminal", "crimes against humanity", "atrocity", "atrocities", "international criminal court"]),
    ("Human rights", "Rights, freedoms and their violation.", ["human rights", "political prisoner", "persecution", "crackdown", "torture"]),
    ("European Union", "The EU and its member states.", ["european union", "the eu", "brussels", "european council", "european commission"]),
    ("United States foreign policy", "What Washington does abroad.", ["biden administration", "united states", "washington", "state department", "white house", "u.s."]),
    ("Diplomacy", "Talks, treaties and envoys.", ["diplomat", "diplomatic", "diplomacy", "ambassador", "negotiation", "peace talks", "summit"]),
    ("Democracy", "Elections, democratic institutions and their erosion.", ["democracy", "democratic", "election", "authoritarian", "dictator", "autocracy"]),
    ("Military aid", "Weapons and support for armed forces.", ["military aid", "military assistance", "lethal aid", "weapons", "arms supplies"]),
    ("Civilians and humanitarian crisis", "Civilian casualties, refugees and relief.", ["civilian", "refugee", "humanitarian", "casualties"]),
    ("Crimea and Donbas", "The occupied territories since 2014.", ["crimea", "donbas", "donetsk", "luhansk", "minsk agreements"]),
    ("Energy", "Gas, oil and energy security.", ["nord stream", "natural gas", "gas pipeline", "energy security", "oil price"]),
    ("Propaganda and information", "Disinformation and media freedom.", ["propaganda", "disinformation", "information war", "media freedom", "journalists"]),
    ("Syria", "Russia's intervention in Syria.", ["syria", "syrian", "assad"]),
    ("China", "China and its role.", ["china", "chinese", "beijing"]),
    ("Peace negotiations", "Ceasefires and settlements.", ["ceasefire", "peace plan", "peace agreement", "peace deal", "settlement"]),
    ("Defections and dissent", "Russians who refuse the regime.", ["defection", "defector", "dissent", "dissident"]),
]


def load_vocabulary(apps, schema_editor):
    Topic = apps.get_model("articles", "Topic")
    for name, description, phrases in VOCABULARY:
        Topic.objects.update_or_create(
            slug=slugify(name),
            defaults={"name": name, "description": description, "match_phrases": phrases},
        )


def unload_vocabulary(apps, schema_editor):
    Topic = apps.get_model("articles", "Topic")
    Topic.objects.filter(slug__in=[slugify(name) for name, _, _ in VOCABULARY]).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(load_vocabulary, unload_vocabulary)]
