"""``skcc bench``: run agents on tasks with no skill, the original skills and skcc's output.

Tasks use the Harbor/SkillsBench layout (:mod:`skcc.bench.tasks`). Each trial gets its own
workspace, HOME and agent config folders (:mod:`skcc.bench.runner`); the agent is a real
CLI or the built-in scripted tool loop (:mod:`skcc.bench.adapters`); offline, the model is
a loopback fake server with scripted policies (:mod:`skcc.bench.fakeserver`). Results go to
``benchmark.json``, ``report.md`` and ``report.html`` with paired statistics
(:mod:`skcc.bench.stats`, :mod:`skcc.bench.report`).
"""
