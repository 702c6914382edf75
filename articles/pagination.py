from django.core.paginator import Paginator
from django.utils.functional import cached_property

from articles.search import COUNT_CAP, capped_count


class CappedPaginator(Paginator):
    """A paginator that counts at most COUNT_CAP + 1 results.

    An exact count of a word found in a third of the archive costs more than the page itself;
    readers are told "10,000+" and can page through the first 10,000.
    """

    cap = COUNT_CAP

    @cached_property
    def count(self) -> int:
        return capped_count(self.object_list, self.cap)

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap
