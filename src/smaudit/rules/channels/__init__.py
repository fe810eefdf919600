"""Built-in plugin: the channels rules written in Python (SMA201-SMA203, SMA207).

SMA201-SMA203 read why the organization is doing social media at all (its
`motivation`) and why it picked each platform (each channel's `rationale`).
The same texts are read three ways, for a mandate, for a leap after other
organizations and for image. Each judgement looks for the roles a sentence
fills (who acts, what they want, about what) with the sentence frames and
word classes of `channel_roles`, so an authority, a rival or an image
adjective no list foresaw still lands in its role; each also keeps a short
list of fixed idioms ("tick the box", "jump on the bandwagon") that users can
replace or extend through the rule's phrase options. SMA207 weighs the
channels against the hours of the whole team.

Rules simple enough to be a selector and a condition (SMA204-SMA206) live
in the declarative pack `channels.yaml` (in this folder) instead.

One module per rule, named by its slug; what several of them share is in
``shared``. This package is the built-in plugin registered as
``smaudit.builtin.channels``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "channels.box_checking",
    "channels.bandwagon_leap",
    "channels.bragging_rights",
    "channels.platform_sprawl",
)
