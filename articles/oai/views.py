"""The OAI-PMH endpoint: one URL, every verb (see articles/oai/harvest.py)."""

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from articles.oai.harvest import respond


# Harvesters may POST their arguments (the protocol allows it); they hold no session to protect.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def oai_pmh(request):
    return HttpResponse(respond(request), content_type="text/xml; charset=utf-8")
