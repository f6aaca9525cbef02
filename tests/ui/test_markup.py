"""Quotes from the sources as rich text: the document's bold and italic shown, everything else escaped."""

from __future__ import annotations

from app.ui.markup import quote_html


def test_bold_and_italic_markers_become_bold_and_italic() -> None:
    assert quote_html("the **chatdong** program") == "the <b>chatdong</b> program"
    assert quote_html("an *ideal* and _model_") == "an <i>ideal</i> and <i>model</i>"
    assert quote_html("**Dobong** has *ongoing* talks") == "<b>Dobong</b> has <i>ongoing</i> talks"


def test_a_quote_can_not_inject_markup_and_lone_asterisks_stay() -> None:
    assert quote_html("<b>x</b> & <script>") == "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;"
    assert quote_html("5 * 3 = 15, a_b_c") == "5 * 3 = 15, a_b_c"
