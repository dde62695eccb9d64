"""Evidence as markdown in which every character of the article is escaped: text, never markup.

Article text is untrusted. Each character that markdown (or Streamlit's directives such as
`:red[...]`) could read as syntax is escaped, so the only formatting is what is added here: the
trigger word in bold, the evidence sentences highlighted in the full article.
"""

from __future__ import annotations

from dashboard.safe import plain

HIGHLIGHT = ":orange-background[{}]"


def sentence_markdown(text: str, trigger_offset: int | None = None, trigger_length: int = 0) -> str:
    """'Trump und Putin trafen sich.' with the trigger at 16 -> 'Trump und Putin **trafen** sich\\.'"""
    text = str(text)
    if trigger_offset is None or trigger_length <= 0 or trigger_offset < 0:
        return plain(text)
    start, end = int(trigger_offset), int(trigger_offset) + int(trigger_length)
    return plain(text[:start]) + "**" + plain(text[start:end]) + "**" + plain(text[end:])


def article_markdown(text: str, marks: list[tuple[int, int, int, int]]) -> str:
    """The article, one paragraph per line, its evidence sentences highlighted and triggers in bold.

    `marks` are (sentence start, sentence end, trigger offset in the sentence, trigger length),
    character offsets into `text`.
    """
    spans = sorted({(int(s), int(e)): (int(t), int(n)) for s, e, t, n in marks if 0 <= s < e <= len(text)}.items())
    pieces, cursor = [], 0
    for (start, end), (offset, length) in spans:
        if start < cursor:  # overlaps the sentence before: already highlighted
            continue
        pieces.append(plain(text[cursor:start]))
        sentence = text[start:end]
        lines = sentence.split("\n")
        marked = [sentence_markdown(line, offset if i == 0 else None, length) for i, line in enumerate(lines)]
        pieces.append("\n".join(HIGHLIGHT.format(line) if line.strip() else line for line in marked))
        cursor = end
    pieces.append(plain(text[cursor:]))
    return "\n\n".join(line for line in "".join(pieces).split("\n") if line.strip())
