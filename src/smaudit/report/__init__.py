"""The client report: ``smaudit report PLAN -o report.html``.

A consultant hands this to a client, so it is written for people who do not
read YAML or lint output: a summary that agrees with the scores, one ranked
recommendation per problem in the plan's own words, and a plan of action.
The pieces are kept apart so each stays small and testable:

- ``context`` reads the plan's own names and kind of organization;
- ``advice`` holds every rule's client-facing text, keyed by rule code, with
  a fallback for plugin rules;
- ``model`` turns a lint ``Result``, rule metadata and the context into a
  ``ReadinessReport`` (and compares it with earlier ``--format json`` runs);
- ``branding`` reads the consultant's ``report:`` settings;
- ``chart`` draws the area scores and the score's trend;
- ``html`` and ``markdown`` render the model; neither lints nor reads files;
- ``command`` is the ``smaudit report`` subcommand that wires them together.
"""
