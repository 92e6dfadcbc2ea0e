"""Names an organisation's head noun introduces: "Operator Wreake Valley Travel said", "the
bus operator Arriva", "retailer Next".

A name of two or more words is a person unless its words say otherwise (`quote_canon`), so a
company with no organisation word in its name ("Wreake Valley Travel") was someone a later "She
told ..." could mean, and "a spokesperson for the company" found no company. A noun that only
ever heads a business or body, printed right before the name, says what it is. Not "maker"
("film maker Ken Loach"), "broadcaster" ("fellow broadcaster Michael Pointon"), "side" or
"party": common words before names of people too.
"""

from __future__ import annotations

_HEADS = frozenset(
    "firm company operator retailer carmaker chain giant regulator watchdog charity airline "
    "insurer supermarket label studio brewer chipmaker".split()
)


def introduced_as_org(text: str, name: str, memo: dict[str, bool]) -> bool:
    """Whether some mention of `name` in `text` follows one of the head nouns (memoised in
    `memo`, one dict per document).

    >>> introduced_as_org("Operator Wreake Valley Travel said so.", "Wreake Valley Travel", {})
    True
    >>> introduced_as_org("Commuter Lauren Robson said so.", "Lauren Robson", {})
    False
    """
    found = memo.get(name)
    if found is None:
        found = False
        i = text.find(name)
        while i > 0 and not found:
            before = text[max(0, i - 20) : i]
            found = before[-1:] == " " and before.split()[-1].lower() in _HEADS
            i = text.find(name, i + len(name))
        memo[name] = found
    return found
