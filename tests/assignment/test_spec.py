"""LeNet-5's geometry is stated once (assignment/spec.py): the figures the handout prints and
everything the grader says or sends about LeNet-5 come out of it."""

from __future__ import annotations

from grader.assignment import spec
from grader.assignment.checks import parameters, shapes
from grader.worker.protocol import Request


def test_the_derived_figures_are_the_handouts():
    assert spec.TOTAL_PARAMS == 61706
    assert spec.UNPADDED_PARAMS == 44426
    assert [layer.shapes[0] for layer in spec.LAYERS] == [
        (6, 28, 28), (6, 14, 14), (16, 10, 10), (16, 5, 5), (120, 1, 1), (84,), (10,)]
    assert [layer.params for layer in spec.LAYERS] == [156, 0, 2416, 0, 48120, 10164, 850]
    assert spec.C5_AS_LINEAR == (120, 400)
    assert spec.parameter_shapes(7, "unpadded")["C5.weight"] == (120, 256)
    assert spec.parameter_shapes(10, "typo")["out.weight"] == (120, 84)


def test_the_stages_follow_the_layers():
    assert spec.STAGES == ("C1", "tanh after C1", "S2", "C3", "tanh after C3", "S4", "C5",
                           "tanh after C5", "F6", "tanh after F6", "output")
    assert spec.WEIGHTED_STAGES == ("C1", "C3", "C5", "F6", "output")
    assert spec.PARTS == tuple(spec.parameter_shapes(spec.PROBE_K, "unpadded"))
    assert set(shapes.STAGE_HINTS) == set(spec.STAGES)


def test_the_feedback_prints_the_specs_figures():
    assert "(44,426 parameters)" in shapes.MESSAGES[shapes.Cause.NO_PADDING]({})
    assert "shrink to 24x24" in shapes.MESSAGES[shapes.Cause.NO_PADDING]({})
    assert '"Layer 7: 84 -> 120"' in shapes.MESSAGES[shapes.Cause.TYPO_84_120]({})
    assert shapes.STAGE_HINTS["C5"] == (
        "120 units over all 16 x 5 x 5 values (a 5x5 convolution or a Linear 400 -> 120)")
    assert parameters.lenet_shapes().endswith(
        "120 x 16 x 5 x 5 (or 120 x 400) and 120, 84 x 120 and 84, n_classes x 84 and n_classes")


def test_the_worker_learns_the_parts_and_sets_from_its_request(tmp_path):
    """The worker cannot import the spec: the grading side sends what it needs of it."""
    request = Request("inspect", 0, 1, "cpu", parts=spec.PARTS,
                      probe_sets=tuple(spec.PROBE_SETS.items()))
    (tmp_path / "request.json").write_bytes(request.encode())
    read = Request.read(tmp_path)
    assert read == request
    assert dict(read.probe_sets) == spec.PROBE_SETS
