"""The verbs that report speech ("said", "told", "warned" ...), as one regex alternation.

Shared by attribution (who said a quote), quote marks (a single-quoted span
needs one nearby to count as a quote) and sources.
"""

from __future__ import annotations

SPEECH_VERBS = (
    "said|says|say|told|tells|tell|added|adds|wrote|writes|stated|states|asked|asks|warned|warns|explained|"
    "explains|noted|notes|argued|argues|insisted|insists|replied|replies|responded|responds|continued|recalled|"
    "recalls|admitted|admits|claimed|claims|declared|declares|acknowledged|acknowledges|conceded|concedes|"
    "observed|remarked|commented|comments|announced|announces|tweeted|posted|testified|cautioned|cautions|"
    "urged|urges|stressed|stresses|emphasized|emphasised|suggested|suggests|predicted|predicts|joked|quipped|"
    "maintained|maintains|complained|countered|concluded|affirmed|confirmed|confirms|reported|reports|"
    "shouted|whispered|pointed out|points out|clarified|clarifies|disclosed|denied|denies|revealed|reveals|"
    "estimated|estimates|cited|confessed|confesses|boasted|boasts|vowed|vows|pledged|promised|promises|"
    "insisted|recalled|wrote|conceded|concedes|hinted|mused|added"
)
