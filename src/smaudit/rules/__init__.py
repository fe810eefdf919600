"""smaudit's own rules, one folder per area, registered through the same hooks as any plugin.

An area's folder holds one module per Python rule, named by its slug (SMA202
bandwagon-leap is ``channels/bandwagon_leap.py``); the helpers and word data
several of its rules use (``shared.py``); its declarative pack
(``channels/channels.yaml``, registered by ``packs``); and, in ``__init__.py``,
the plugin that registers its Python rules. The rules of the plan area (SMA0xx)
are in ``plan_file/``. What rules of several areas share is in
:mod:`smaudit.model.prose`.
"""
