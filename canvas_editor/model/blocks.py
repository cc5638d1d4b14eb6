"""The nine building blocks of the Business Model Canvas.

The string values are the block ids of the `.bmc` file format: never rename one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class BlockId(StrEnum):
    KEY_PARTNERS = "key_partners"
    KEY_ACTIVITIES = "key_activities"
    KEY_RESOURCES = "key_resources"
    VALUE_PROPOSITIONS = "value_propositions"
    CUSTOMER_RELATIONSHIPS = "customer_relationships"
    CHANNELS = "channels"
    CUSTOMER_SEGMENTS = "customer_segments"
    COST_STRUCTURE = "cost_structure"
    REVENUE_STREAMS = "revenue_streams"


class BlockInfo(NamedTuple):
    id: BlockId
    name_en: str
    name_ko: str
    questions_en: tuple[str, ...]
    questions_ko: tuple[str, ...]

    def name(self, language: str) -> str:
        return self.name_ko if language.startswith("ko") else self.name_en

    def questions(self, language: str) -> tuple[str, ...]:
        return self.questions_ko if language.startswith("ko") else self.questions_en


BLOCKS: dict[BlockId, BlockInfo] = {
    b.id: b
    for b in (
        BlockInfo(
            BlockId.KEY_PARTNERS,
            "Key Partners",
            "핵심 파트너",
            (
                "Who are the partners and suppliers we rely on most?",
                "Which of our resources do we get from partners?",
                "Which activities do partners do for us?",
            ),
            (
                "우리가 가장 의존하는 파트너와 공급자는 누구인가?",
                "어떤 자원을 파트너에게서 얻는가?",
                "파트너가 우리 대신 하는 활동은 무엇인가?",
            ),
        ),
        BlockInfo(
            BlockId.KEY_ACTIVITIES,
            "Key Activities",
            "핵심 활동",
            (
                "What must we do well to deliver our value propositions?",
                "Which activities keep our channels, relationships and revenue running?",
            ),
            (
                "가치 제안을 전달하려면 무엇을 잘해야 하는가?",
                "채널, 고객 관계, 수익을 유지하는 활동은 무엇인가?",
            ),
        ),
        BlockInfo(
            BlockId.KEY_RESOURCES,
            "Key Resources",
            "핵심 자원",
            (
                "Which assets does the business model need most?",
                "Physical, intellectual, human or financial: which matter?",
            ),
            (
                "비즈니스 모델에 가장 필요한 자산은 무엇인가?",
                "물적, 지적, 인적, 재무 자원 중 무엇이 중요한가?",
            ),
        ),
        BlockInfo(
            BlockId.VALUE_PROPOSITIONS,
            "Value Propositions",
            "가치 제안",
            (
                "What value do we deliver to the customer?",
                "Which customer problem do we solve, which need do we meet?",
                "What do we offer each customer segment?",
            ),
            (
                "고객에게 어떤 가치를 전달하는가?",
                "고객의 어떤 문제를 풀고 어떤 필요를 채우는가?",
                "고객 세그먼트마다 무엇을 제공하는가?",
            ),
        ),
        BlockInfo(
            BlockId.CUSTOMER_RELATIONSHIPS,
            "Customer Relationships",
            "고객 관계",
            (
                "What relationship does each segment expect from us?",
                "How do we win, keep and grow customers?",
            ),
            (
                "각 세그먼트는 우리와 어떤 관계를 기대하는가?",
                "고객을 어떻게 얻고, 유지하고, 늘리는가?",
            ),
        ),
        BlockInfo(
            BlockId.CHANNELS,
            "Channels",
            "채널",
            (
                "Through which channels do our segments want to be reached?",
                "Which channels work best and cost least?",
            ),
            (
                "고객 세그먼트는 어떤 채널로 만나기를 원하는가?",
                "어떤 채널이 가장 효과적이고 비용이 적은가?",
            ),
        ),
        BlockInfo(
            BlockId.CUSTOMER_SEGMENTS,
            "Customer Segments",
            "고객 세그먼트",
            (
                "For whom are we creating value?",
                "Who are our most important customers?",
            ),
            (
                "누구를 위해 가치를 만드는가?",
                "가장 중요한 고객은 누구인가?",
            ),
        ),
        BlockInfo(
            BlockId.COST_STRUCTURE,
            "Cost Structure",
            "비용 구조",
            (
                "What are the most important costs in our business model?",
                "Which resources and activities cost the most?",
            ),
            (
                "비즈니스 모델에서 가장 중요한 비용은 무엇인가?",
                "어떤 자원과 활동에 비용이 가장 많이 드는가?",
            ),
        ),
        BlockInfo(
            BlockId.REVENUE_STREAMS,
            "Revenue Streams",
            "수익원",
            (
                "For what value are our customers really willing to pay?",
                "How do they pay now, and how would they prefer to pay?",
                "How much does each revenue stream add to the whole?",
            ),
            (
                "고객은 어떤 가치에 기꺼이 돈을 내는가?",
                "지금은 어떻게 지불하며, 어떻게 지불하고 싶어 하는가?",
                "각 수익원이 전체 수익에 얼마나 기여하는가?",
            ),
        ),
    )
}


def _name_key(text: str) -> str:
    return "".join(text.casefold().split())


def _spellings(info: BlockInfo) -> tuple[str, ...]:
    return (info.id.value, info.name_en, info.name_ko)


# Every way a file from another program may name a block: its id or either name.
_BLOCK_KEYS: dict[str, BlockId] = {
    _name_key(text): info.id for info in BLOCKS.values() for text in _spellings(info)
}


def block_named(text: str) -> BlockId | None:
    """The block `text` names by its id or its English or Korean name, ignoring case and
    spaces ("Value Propositions", "value_propositions", "가치제안"); None when none."""
    return _BLOCK_KEYS.get(_name_key(text))


def closest_block_name(text: str) -> str | None:
    """The block id or name closest to `text`, for a "did you mean" hint; None if none is close."""
    import difflib  # only when a name failed to match

    names = {_name_key(t): t for info in BLOCKS.values() for t in _spellings(info)}
    close = difflib.get_close_matches(_name_key(text), list(names), n=1, cutoff=0.75)
    return names[close[0]] if close else None
