"""The rule SMA705 hard-sell.

A channel whose content mix is mostly promotion.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``hard_sell`` below, which ``smaudit explain SMA705`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.rule import rule
from smaudit.rules.tactics.shared import Selling, _mix, selling_options

# --------------------------------------------------------------------------
# SMA705


@rule(code="SMA705", slug="hard-sell", severity="warning", area="tactics",
      summary="A channel whose content mix is mostly promotion.",
      options={
          "max_promotional": {"type": "number", "minimum": 0, "maximum": 100, "default": 50,
                              "description": "Highest promotional share, in percent."},
          **selling_options("promotional content-mix categories"),
      },
      sources=("004", "002"), effort="medium", impact="medium")
def hard_sell(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A channel whose `content_mix` is more than `max_promotional` percent
    (default 50) promotion. Categories are classified by name with the
    `phrases` option: `promotional`, `promotions`, `offers`, `sales`,
    `deals`, `discounts`, `price_cuts`, `ads`, `listings` and the like count
    as promotion; `tips`, `showcase`, `behind_the_scenes`, `community` do not,
    and neither does a name that also says it helps (`selling_tips`,
    `deals_explained`: the `helpful_phrases` option). A key that joins kinds
    with "and", `&` or `+` (`information_and_prices`) is that many categories
    sharing one number: each part is judged on its own and gets an even share,
    so `information_and_prices: 60` counts 30 as promotion, since the rule
    counts the categories that are promotional, sales or offers and half of
    this one is information. Shares are taken of the mix's total, so a mix
    that does not add up to 100 is still judged fairly.

    ## Why it hurts
    "Goals vs. outcomes, box checking and bandwagon leaps (untitled article)"
    warns that a like or an accepted connection request is no invitation to
    hound someone toward a sale: relationships come first and take time. "#2
    Piece of Advice For SMBs is Social Media – Also Most Frustrating" adds
    that social media is not direct marketing and builds loyalty and trust
    rather than leads. A feed that is mostly offers reads as an advertising
    flyer, and people unfollow flyers.

    ## Example
    ```yaml
    channels:
      - platform: instagram
        content_mix: {promotions: 60, before_after: 25, tips: 15}
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: instagram
        content_mix: {tips: 40, before_after: 30, team: 10, promotions: 20}
    ```
    """  # noqa: RUF002 - the article title has an en dash
    selling = Selling(options)
    limit = float(options.get("max_promotional", 50))
    for pointer, channel in plan.items("channels"):
        promo, _, total = _mix(channel, selling)
        if not total:
            continue
        percent = sum(share for _, share in promo) * 100 / total
        if percent <= limit:
            continue
        parts = ", ".join(f"{key} {share:g}" for key, share in promo)
        platform = channel.get("platform")
        where = f"the {platform} content mix" if isinstance(platform, str) else "this content mix"
        yield Violation(
            message=f"{where} is {percent:.0f}% promotion ({parts}), more than {limit:g}%",
            pointer=join(pointer, "content_mix"),
            hint="Make most posts useful, entertaining or personal (tips, stories, answers, "
                 "behind the scenes) and keep offers to a minority.",
        )
