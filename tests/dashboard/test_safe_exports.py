"""Every CSV the dashboard offers is safe to open in a spreadsheet: no cell runs as a formula."""

import csv
import io
import tomllib

import pandas as pd
import pytest

from dashboard.filters import excel_csv
from tests.conftest import ROOT


@pytest.mark.parametrize("lang", ["de", "en"])
def test_text_a_spreadsheet_would_run_is_written_as_text(lang):
    frame = pd.DataFrame({
        "Ereignis": ["=cmd|' /C calc'!A0", '=HYPERLINK("http://example.org","Quelle")', "+49 30 1234",
                     "-Eilmeldung", "@SUMME(A1:A9)", "Treffen Macron – Scholz", "–"],
        "Quellen": [1, 2, 3, -4, 5, 6, 7],
    })
    rows = list(csv.reader(io.StringIO(excel_csv(frame, lang).decode("utf-8-sig")), delimiter=";" if lang == "de" else ","))
    assert [row[0] for row in rows[1:]] == [
        "'=cmd|' /C calc'!A0", '\'=HYPERLINK("http://example.org","Quelle")', "'+49 30 1234", "'-Eilmeldung",
        "'@SUMME(A1:A9)", "Treffen Macron – Scholz", "–"]
    assert [row[1] for row in rows[1:]] == ["1", "2", "3", "-4", "5", "6", "7"]  # numbers stay numbers


def test_tables_offer_no_unchecked_csv_of_their_own():
    """st.dataframe's own CSV download and copy write cells verbatim; the dashboard turns them off."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True
