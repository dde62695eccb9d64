"""The lines `make run` prints for failed checks."""

import dagster as dg

from orchestration.progress import check_detail


def evaluation(description: str | None, metadata: dict) -> dg.AssetCheckEvaluation:
    return dg.AssetCheckEvaluation(asset_key=dg.AssetKey(["dim_entities"]), check_name="no_merged_people",
                                   passed=False, description=description, metadata=metadata)


def test_a_failed_check_without_description_shows_its_figures():
    failed = evaluation(None, {"merged_entities": 2, "examples": dg.MetadataValue.json([{"entity_id": "x"}]),
                               "dagster/row_count": 5})
    assert check_detail(failed) == "merged_entities=2"


def test_a_failed_checks_description_wins():
    assert check_detail(evaluation("No input files in /tmp/x.", {"files": 0})) == "No input files in /tmp/x."


def test_a_failed_check_with_nothing_to_say_points_to_the_ui():
    assert check_detail(evaluation(None, {})) == "see the Dagster UI"
