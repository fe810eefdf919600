"""The readiness report: ``smaudit report PLAN -o report.html``.

A consultant hands this to a client, so it is written for people who do not
read YAML or lint output: a score, a chart of the areas, an executive summary
in plain words, and for each finding why it matters and what to do. The
pieces are kept apart so each stays small and testable:

- ``model`` turns a lint ``Result`` plus rule metadata into a ``ReadinessReport``
  (and compares it with a previous ``--format json`` run);
- ``chart`` draws the per-area scores as an inline SVG;
- ``html`` and ``markdown`` render the model; neither lints nor reads files;
- ``command`` is the ``smaudit report`` subcommand that wires them together.
"""
