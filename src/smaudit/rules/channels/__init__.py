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

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_register_rules(register):
    """Register the rules, in catalog order; their modules load only now."""
    from smaudit.rules.channels.bandwagon_leap import bandwagon_leap
    from smaudit.rules.channels.box_checking import box_checking
    from smaudit.rules.channels.bragging_rights import bragging_rights
    from smaudit.rules.channels.platform_sprawl import platform_sprawl

    for each in (box_checking, bandwagon_leap, bragging_rights, platform_sprawl):
        register(each)
