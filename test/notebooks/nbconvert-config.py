# Loaded by test/notebooks/notebooks.test.ts: jupyter nbconvert --config <this file> ...
#
# tslab reports a failing cell only through its execute_reply status ("error") and prints
# the message (a TypeScript diagnostic or a stack trace) on stderr; no "error" output is
# written. The cells after it are aborted (status "abort") and come back with no outputs.
# With --allow-errors the executed notebook would not show any of that, so record each
# cell's reply status in its metadata for the test to check.


def _record_reply_status(cell, cell_index, execute_reply, **kwargs):
    content = (execute_reply or {}).get("content", {})
    cell.metadata["discourse_lab_test"] = {
        "status": content.get("status"),
        "ename": content.get("ename"),
        "evalue": content.get("evalue"),
    }


c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)
c.ExecutePreprocessor.on_cell_executed = _record_reply_status
