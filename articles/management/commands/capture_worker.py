"""`manage.py capture_worker`: run background tasks (captures, source polls) until stopped.

The options are db_worker's (queues, --interval, --batch, --max-tasks, --worker-id); the worker
also beats, retries the captures of workers that died, and queues the polls of due sources
(articles/capture/worker.py). Run as many as you like, on one machine or several.
"""

from django.core.management.base import CommandError
from django_tasks_db.management.commands import db_worker

from articles.capture.worker import CaptureWorker


class Command(db_worker.Command):
    help = (
        "Run a background worker for captures and source polls; it also retries the captures "
        "of workers that stopped mid-task. Start several to share the queue."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        # Reloading restarts the process mid-task; captures are retried, but not on every edit.
        parser.set_defaults(reload=False)

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, **options):
        self.configure_logging(verbosity)
        if reload:
            raise CommandError("capture_worker does not reload; restart it after a code change.")
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = CaptureWorker(
            queue_names=queue_names,
            excluded_queue_names=excluded,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        worker.configure_signals()
        worker.run()
