"""What the rules that read a plan share: the cue-phrase matcher (``cues``), the
sentence, clause and role readers with their word classes (``channel_roles``,
``goal_roles``, ``expectation_roles``, on ``lazy_pattern``), facts several rules
weigh (``facts``), blank and placeholder values (``blank``), the phrase
options and quoting of messages (``phrasing``), and the judgements' answers kept
per text across plans (``answers``).

It sits in the model layer because the pack compiler and the option checks
use the phrase matcher and the blank test too. A helper used by one rule stays
in that rule's module; one used by several rules of an area, in the area's
``shared`` module; one used across areas, here.
"""
