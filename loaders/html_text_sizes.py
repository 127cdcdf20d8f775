"""How much text each element of an HTML page holds, found in one walk of the page.

The loader asks it of every table it meets (is it a frame laid around the page's text, or a table of the
plan?). Asking each table's ``get_text()`` walks the tables nested inside it again, once for each level:
a page of tables nested 2,000 deep took minutes. Here the sizes of all elements come from one post-order
walk, and a table's own rows from a walk that stops at the tables nested in it.
"""

from __future__ import annotations

from collections.abc import Iterator

from bs4.element import CData, NavigableString, PageElement, Tag

#: The strings BeautifulSoup's get_text() reads for an element of the page's content (exact types: no
#: comments, doctypes or processing instructions).
_READ_STRINGS = (NavigableString, CData)


class TextSizes:
    """Each element's text length (what ``len(tag.get_text())`` gives) and whether any of its text is not
    white space (what ``bool(tag.get_text().strip())`` gives), walked once on first use."""

    def __init__(self, root: Tag) -> None:
        self._root = root
        self._sizes: dict[int, tuple[int, bool]] | None = None

    def length(self, tag: Tag) -> int:
        return self._of(tag)[0]

    def has_text(self, tag: Tag) -> bool:
        return self._of(tag)[1]

    def _of(self, tag: Tag) -> tuple[int, bool]:
        if self._sizes is None:
            self._sizes = _walk_sizes(self._root)
        found = self._sizes.get(id(tag))
        if found is None:  # outside the walked root: asked the slow way
            text = tag.get_text()
            return len(text), bool(text.strip())
        return found


def _walk_sizes(root: Tag) -> dict[int, tuple[int, bool]]:
    """Post-order with an explicit stack (a page nests as deep as it likes)."""
    sizes: dict[int, tuple[int, bool]] = {}
    stack: list[tuple[Tag, Iterator[PageElement], list[int]]] = [(root, iter(root.children), [0, 0])]
    while stack:
        tag, children, total = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            sizes[id(tag)] = (total[0], bool(total[1]))
            if stack:
                outer = stack[-1][2]
                outer[0] += total[0]
                outer[1] |= total[1]
            continue
        if isinstance(child, Tag):
            stack.append((child, iter(child.children), [0, 0]))
        elif isinstance(child, NavigableString) and type(child) in _READ_STRINGS:
            total[0] += len(child)
            if not total[1] and child.strip():
                total[1] = 1
    return sizes


def own_rows(table: Tag) -> Iterator[Tag]:
    """The rows (<tr>) of ``table`` itself in document order, not those of tables nested in its cells."""
    stack: list[Iterator[PageElement]] = [iter(table.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child, Tag) or child.name == "table":
            continue
        if child.name == "tr":
            yield child
        stack.append(iter(child.children))


def first_cells(table: Tag, limit: int) -> list[Tag]:
    """The first ``limit`` cells (<td>, <th>) inside ``table``, nested tables' too, in document order: what
    ``table.find_all(["td", "th"], limit=limit)`` gives, without BeautifulSoup measuring the whole subtree
    first."""
    found: list[Tag] = []
    stack: list[Iterator[PageElement]] = [iter(table.children)]
    while stack and len(found) < limit:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if isinstance(child, Tag):
            if child.name in ("td", "th"):
                found.append(child)
            stack.append(iter(child.children))
    return found
