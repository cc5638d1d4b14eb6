"""Large canvases with realistic text, for the benchmarks.

Notes mix Korean and English sticky-note phrases of the length people really write
(two to a dozen words, some with a description or tags), spread over all nine blocks,
with customer segments whose colours the notes share. Seeded, so a size always gives
the same canvas.

    .venv/bin/python -m bench.canvas_generator 2000 -o big.bmc
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.layout import BLOCK_RECTS, NOTE_H, NOTE_W
from canvas_editor.storage.save import canvas_to_bytes

# Phrase parts per block: (subjects, qualifiers). A note joins one of each, sometimes two.
_EN: dict[BlockId, tuple[tuple[str, ...], tuple[str, ...]]] = {
    BlockId.KEY_PARTNERS: (
        ("Third-party sellers", "Logistics carriers", "Book publishers", "Payment networks",
         "Device manufacturers", "Content studios", "Affiliate websites", "Cloud hardware vendors"),
        ("with long-term contracts", "in every region", "sharing demand data", "for last-mile delivery",
         "under revenue share", "and their suppliers"),
    ),
    BlockId.KEY_ACTIVITIES: (
        ("Warehouse operations", "Software development", "Catalogue curation", "Fraud detection",
         "Demand forecasting", "Data centre operations", "Seller onboarding", "Recommendation tuning"),
        ("at scale", "around the clock", "measured weekly", "with automation", "for every market"),
    ),
    BlockId.KEY_RESOURCES: (
        ("Fulfilment centres", "Customer purchase history", "Brand and trust", "Engineering talent",
         "Global server fleet", "Patents on one-click ordering", "Delivery fleet", "Cash from operations"),
        ("built over decades", "hard to copy", "in 20 countries", "owned outright", "that keep growing"),
    ),
    BlockId.VALUE_PROPOSITIONS: (
        ("Low prices every day", "Largest selection online", "Fast free shipping", "Easy returns",
         "Reviews you can trust", "Computing on demand", "Instant e-books", "Video included with membership"),
        ("for busy families", "without a store visit", "delivered tomorrow", "pay only for what you use",
         "on any device", "with no minimum order"),
    ),
    BlockId.CUSTOMER_RELATIONSHIPS: (
        ("Self-service website", "Personal recommendations", "Prime membership", "Customer reviews",
         "24/7 support chat", "Account managers for enterprises", "Community forums"),
        ("that learn from each order", "renewed every year", "for loyal buyers", "with no waiting",
         "in the customer's language"),
    ),
    BlockId.CHANNELS: (
        ("Website and mobile app", "Voice assistant", "Partner marketplaces", "Pick-up lockers",
         "Physical bookstores", "Email campaigns", "Search advertising"),
        ("in every time zone", "reaching new buyers", "for repeat purchases", "tested weekly",
         "near commuter stations"),
    ),
    BlockId.CUSTOMER_SEGMENTS: (
        ("Online shoppers", "Independent sellers", "Developers and start-ups", "Large enterprises",
         "Readers and authors", "Content creators", "Small businesses", "Students"),
        ("in cities", "who value speed", "on a tight budget", "who buy every week", "across the world",
         "moving to the cloud"),
    ),
    BlockId.COST_STRUCTURE: (
        ("Shipping costs", "Warehouse staff", "Server hardware", "Content licences", "Marketing spend",
         "Research and development", "Payment processing fees"),
        ("rising with volume", "fixed each year", "cut by automation", "paid per order",
         "spread over many customers"),
    ),
    BlockId.REVENUE_STREAMS: (
        ("Product sales margin", "Seller commissions", "Cloud usage fees", "Membership fees",
         "Advertising revenue", "Subscription boxes", "Fulfilment service fees"),
        ("billed monthly", "per transaction", "growing 30% a year", "recurring", "by the hour"),
    ),
}

_KO: dict[BlockId, tuple[tuple[str, ...], tuple[str, ...]]] = {
    BlockId.KEY_PARTNERS: (
        ("제3자 판매자", "물류 배송 업체", "출판사",
         "결제 네트워크", "기기 제조사", "콘텐츠 제작사", "제휴 사이트"),
        ("장기 계약으로", "모든 지역에서",
         "수요 데이터를 공유하며", "마지막 구간 배송을 위해", "수익을 나누며"),
    ),
    BlockId.KEY_ACTIVITIES: (
        ("물류 센터 운영", "소프트웨어 개발", "상품 목록 관리",
         "사기 거래 탐지", "수요 예측", "판매자 지원"),
        ("대규모로", "하루 종일", "매주 측정하며", "자동화로", "모든 시장에서"),
    ),
    BlockId.KEY_RESOURCES: (
        ("풀필먼트 센터", "고객 구매 기록", "브랜드와 신뢰", "엔지니어 인재", "전 세계 서버", "배송 차량"),
        ("수십 년에 걸쳐 쌓은", "따라 하기 어려운", "스무 나라에 있는", "직접 소유한", "계속 늘어나는"),
    ),
    BlockId.VALUE_PROPOSITIONS: (
        ("언제나 낮은 가격", "가장 많은 상품", "빠른 무료 배송",
         "쉬운 반품", "믿을 수 있는 리뷰", "필요한 만큼 쓰는 컴퓨팅"),
        ("바쁜 가족을 위해", "매장에 가지 않고", "내일 도착", "쓴 만큼만 내는", "어떤 기기에서나"),
    ),
    BlockId.CUSTOMER_RELATIONSHIPS: (
        ("셀프 서비스 웹사이트", "개인 맞춤 추천", "프라임 멤버십",
         "고객 리뷰", "24시간 상담", "기업 전담 매니저"),
        ("주문마다 배우는", "해마다 갱신되는", "충성 고객을 위한", "기다림 없이", "고객의 언어로"),
    ),
    BlockId.CHANNELS: (
        ("웹사이트와 모바일 앱", "음성 비서", "제휴 마켓플레이스",
         "무인 보관함", "오프라인 서점", "검색 광고"),
        ("모든 시간대에", "새 고객에게 닿는", "재구매를 위한", "매주 시험하는", "역 근처의"),
    ),
    BlockId.CUSTOMER_SEGMENTS: (
        ("온라인 쇼핑객", "개인 판매자", "개발자와 스타트업", "대기업", "독자와 작가", "소상공인", "학생"),
        ("도시에 사는", "속도를 중시하는", "예산이 빠듯한", "매주 사는", "전 세계의", "클라우드로 옮기는"),
    ),
    BlockId.COST_STRUCTURE: (
        ("배송비", "물류 센터 인건비", "서버 장비",
         "콘텐츠 사용료", "마케팅 비용", "연구 개발비", "결제 수수료"),
        ("물량에 따라 늘어나는", "해마다 고정된", "자동화로 줄인", "주문마다 드는", "많은 고객에게 나눈"),
    ),
    BlockId.REVENUE_STREAMS: (
        ("상품 판매 마진", "판매자 수수료", "클라우드 사용료", "멤버십 요금", "광고 수익", "정기 구독"),
        ("매달 청구되는", "거래마다", "해마다 30% 느는", "반복되는", "시간 단위로"),
    ),
}

_DESCRIPTIONS = (
    "Check this against last quarter's numbers before the review.",
    "Source: interview with the operations team.",
    "지난 분기 수치와 비교해 볼 것.",
    "고객 인터뷰에서 나온 의견. 다음 회의에서 검토.",
    "Assumption, not yet tested with customers.",
)
_TAGS = ("assumption", "validated", "risk", "가설", "검증됨", "q3", "interview")
_SEGMENTS = (
    ("Shoppers", STICKY_COLORS["yellow"]),
    ("Sellers", STICKY_COLORS["orange"]),
    ("Developers", STICKY_COLORS["blue"]),
    ("기업 고객", STICKY_COLORS["green"]),
    ("독자", STICKY_COLORS["pink"]),
)
_SEGMENT_BLOCKS = {
    BlockId.VALUE_PROPOSITIONS,
    BlockId.CUSTOMER_RELATIONSHIPS,
    BlockId.CHANNELS,
    BlockId.CUSTOMER_SEGMENTS,
    BlockId.REVENUE_STREAMS,
}


def _phrase(rng: random.Random, block: BlockId, korean: bool) -> str:
    subjects, qualifiers = (_KO if korean else _EN)[block]
    parts = [rng.choice(subjects), rng.choice(qualifiers)]
    if rng.random() < 0.3:
        parts.append(rng.choice(qualifiers))
    if korean:
        parts.reverse()  # Korean puts the qualifier first: "빠른 무료 배송" style.
    text = " ".join(parts)
    if rng.random() < 0.05:
        text += "\n" + rng.choice(("(to check)", "(확인 필요)", "v2?", "see interview notes"))
    return text


def generate_canvas(n_notes: int, seed: int = 7) -> Canvas:
    """A canvas of `n_notes` notes, about half of them Korean, in every block."""
    rng = random.Random(seed)
    segments = [Segment(id=f"seg-{i}", name=name, color=color) for i, (name, color) in enumerate(_SEGMENTS)]
    blocks = list(BlockId)
    notes: list[Note] = []
    for i in range(n_notes):
        block = blocks[i % len(blocks)]
        rect = BLOCK_RECTS[block]
        korean = rng.random() < 0.5
        segment = rng.choice(segments) if block in _SEGMENT_BLOCKS and rng.random() < 0.6 else None
        notes.append(
            Note(
                id=f"n{i:05d}",
                block=block,
                text=_phrase(rng, block, korean),
                description=rng.choice(_DESCRIPTIONS) if rng.random() < 0.1 else "",
                color=segment.color if segment else rng.choice(list(STICKY_COLORS.values())),
                segment=segment.id if segment else None,
                tags=tuple(rng.sample(_TAGS, rng.randint(1, 2))) if rng.random() < 0.15 else (),
                x=round(rng.uniform(0.0, max(rect.w - NOTE_W, 0.0) / rect.w), 4),
                y=round(rng.uniform(0.0, max(rect.h - NOTE_H, 0.0) / rect.h), 4),
            )
        )
    return Canvas(
        title=f"Benchmark canvas ({n_notes} notes)",
        designed_for="canvas-editor benchmarks",
        designed_by="bench.canvas_generator",
        date="2026-01-01",
        iteration="1",
        language="ko",
        notes=notes,
        segments=segments,
    )


def write_canvas(n_notes: int, path: Path, seed: int = 7) -> Path:
    path.write_bytes(canvas_to_bytes(generate_canvas(n_notes, seed)))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.canvas_generator", description=__doc__)
    parser.add_argument("notes", type=int, help="how many notes")
    parser.add_argument("-o", "--output", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_canvas(args.notes, args.output, args.seed)
    print(f"wrote {args.notes} notes to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
