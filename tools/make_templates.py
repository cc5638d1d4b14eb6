"""Build the bundled Amazon templates (English and Korean) from one list of notes.

Why a script: both files must hold the same notes (ids, blocks, segments, positions)
in two languages, and be byte-stable. Keeping every note once, with its English and
Korean text side by side, makes a drift between the two files impossible; positions
come from `layout.free_position()` so they follow the layout if it ever changes.

The facts come from a Korean essay on why Amazon keeps growing (notes on the book
"Day 1" and the author's own experience of Amazon and AWS).

Usage: python tools/make_templates.py [--out FOLDER]   (default: resources/templates)
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing the package
    sys.path.insert(0, str(ROOT))

from canvas_editor.model.blocks import BlockId  # noqa: E402
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR, STICKY_COLORS  # noqa: E402
from canvas_editor.model.document import Canvas, Note, Segment  # noqa: E402
from canvas_editor.model.layout import BLOCK_RECTS, free_position, note_rect  # noqa: E402
from canvas_editor.storage.save import save_canvas  # noqa: E402

TEMPLATES_DIR = ROOT / "resources" / "templates"
LANGUAGES = ("en", "ko")
FILE_NAMES = {"en": "amazon.bmc", "ko": "amazon-ko.bmc"}


@dataclass(frozen=True)
class Bilingual:
    en: str
    ko: str

    def get(self, language: str) -> str:
        return self.ko if language == "ko" else self.en


@dataclass(frozen=True)
class SegmentSpec:
    id: str
    name: Bilingual
    color_name: str


@dataclass(frozen=True)
class NoteSpec:
    id: str
    segment: str | None  # None: serves every segment, stays yellow
    text: Bilingual
    description: Bilingual


def note(
    note_id: str, segment: str | None, en: str, ko: str, en_desc: str = "", ko_desc: str = ""
) -> NoteSpec:
    return NoteSpec(note_id, segment, Bilingual(en, ko), Bilingual(en_desc, ko_desc))


HEADER: dict[str, Bilingual] = {
    "title": Bilingual("Amazon", "아마존"),
    "designed_for": Bilingual("Amazon.com", "아마존닷컴 (Amazon.com)"),
    "designed_by": Bilingual("canvas-editor templates", "canvas-editor templates"),
    "date": Bilingual("2026-11-28", "2026-11-28"),
    "iteration": Bilingual("1", "1"),
}

SEGMENTS: tuple[SegmentSpec, ...] = (
    SegmentSpec("shoppers", Bilingual("Online shoppers", "온라인 쇼핑 고객"), "blue"),
    SegmentSpec("sellers", Bilingual("Sellers and partners", "셀러와 파트너"), "green"),
    SegmentSpec("aws-customers", Bilingual("AWS customers", "AWS 고객"), "orange"),
    SegmentSpec("readers", Bilingual("Kindle readers", "킨들 독자"), "pink"),
)

SHOP, SELL, AWS, READ = "shoppers", "sellers", "aws-customers", "readers"

NOTES: dict[BlockId, tuple[NoteSpec, ...]] = {
    BlockId.KEY_PARTNERS: (
        note(
            "kp-sellers", SELL,
            "Third-party sellers widen the range", "상품 구색을 넓히는 입점 셀러",
            "Sellers bring the products that let Amazon offer everything a customer might want to buy.",
            "셀러가 들여오는 상품 덕분에 고객이 사고 싶어 할 모든 상품을 갖출 수 있다.",
        ),
        note(
            "kp-kirana", SHOP,
            "Kirana corner shops, India: 2-4 h delivery", "인도 키라나 동네 상점: 2-4시간 배송",
            "Amazon works with local distribution: neighbourhood shops in India deliver within 2-4 hours.",
            "아마존의 로컬 유통망 협업: 인도의 동네 상점을 활용해 2-4시간 안에 배송한다.",
        ),
        note(
            "kp-convenience-stores", SHOP,
            "Convenience stores hosting lockers", "아마존 보관함을 둔 편의점",
            "In some areas Amazon lockers stand inside convenience stores.",
            "일부 지역에서는 편의점 안에 아마존 보관함을 둔다.",
        ),
        note(
            "kp-bookstores", READ,
            "Local bookstores sell cheap Kindles", "킨들을 싸게 파는 동네 서점",
            "Bookstores get a distribution margin and 10% of content sales from the Kindles they sold.",
            "서점은 유통 마진과 함께, 판매한 킨들에서 나오는 콘텐츠 매출의 10%를 받는다.",
        ),
        note(
            "kp-charities", SHOP,
            "Charities backed via AmazonSmile", "아마존 스마일로 후원받는 자선 단체",
            "AmazonSmile: shoppers support a charity whenever they buy.",
            "아마존 스마일: 고객이 구매할 때마다 자선 단체를 지원한다.",
        ),
    ),
    BlockId.KEY_ACTIVITIES: (
        note(
            "ka-delivery-ops", None,
            "Relentless delivery improvement", "배송 시스템의 끊임없는 개선",
            "Obsession with operational excellence: the delivery system keeps getting better.",
            "운영 최적화에 대한 몰입: 배송 시스템을 지속적으로 개선한다.",
        ),
        note(
            "ka-labs", None,
            "Labs that try new businesses", "랩(Lab)에서 새 사업에 도전",
            "Passion for invention: new businesses start as lab experiments.",
            "발명에 대한 열정: 랩을 통해 새로운 사업에 도전한다.",
        ),
        note(
            "ka-fba", SELL,
            "Fulfillment by Amazon (FBA)", "셀러 대신 배송하는 FBA",
            "Fulfillment by Amazon: Amazon stores, packs and ships the sellers' goods.",
            "FBA (Fulfillment by Amazon): 아마존이 셀러의 상품을 보관하고 포장해 배송한다.",
        ),
        note(
            "ka-aws-ops", AWS,
            "Running AWS at competitive prices", "AWS 운영과 꾸준한 가격 경쟁력",
            "Continued price competitiveness is one reason customers stay on AWS.",
            "지속적인 가격 경쟁력은 고객이 AWS를 계속 쓰는 이유 중 하나다.",
        ),
    ),
    BlockId.KEY_RESOURCES: (
        note(
            "kr-core-values", None,
            "Core values, customer obsession first", "핵심 가치: 고객에 대한 집착",
            "Customer obsession, innovation, bias for action, ownership, high hiring bar, frugality.",
            "고객에 대한 집착, 혁신, 행동 중심주의, 주인정신, 엄격한 채용 기준, 검약.",
        ),
        note(
            "kr-people", None,
            "High hiring bar, military veterans hired", "엄격한 채용 기준, 퇴역 군인 채용",
            "Hires people who work long, hard and smart; hiring veterans is also a social contribution.",
            "장시간 열심히, 현명하게 일하는 직원을 뽑는다. 퇴역 군인 채용은 사회 공헌이기도 하다.",
        ),
        note(
            "kr-customer-data", None,
            "Data: knows its customers best", "고객을 가장 잘 아는 데이터",
            "Focus on customers made Amazon the data company that understands them best.",
            "고객에 대한 몰입이 아마존을 고객을 가장 잘 이해하는 데이터 회사로 만들었다.",
        ),
        note(
            "kr-aws-engineers", AWS,
            "AWS cloud and skilled engineers", "AWS 클라우드와 뛰어난 엔지니어",
            "Engineers who can understand the architecture a customer runs today.",
            "고객이 지금 쓰는 아키텍처를 이해할 수 있는 좋은 엔지니어들.",
        ),
    ),
    BlockId.VALUE_PROPOSITIONS: (
        note(
            "vp-customer-centric", None,
            "Earth's most customer-centric company", "지구상에서 가장 고객 중심적인 회사",
            "Mission: be Earth's most customer-centric company, where customers find and discover "
            "anything they might want to buy online, at the lowest possible prices.",
            "미션: 지구상에서 가장 고객 중심적인 회사, 고객이 사고 싶어 할지도 모르는 모든 상품을 "
            "온라인에서 찾고 발견하는 곳, 그것을 가장 저렴한 가격에 공급하는 회사.",
        ),
        note(
            "vp-best-experience", SHOP,
            "Best shopping experience: 1-Click, fast delivery", "최고의 쇼핑 경험: 원클릭, 빠른 배송",
            "Vision: use the skills of Amazon's people and the internet to give customers "
            "the best shopping experience.",
            "비전: 직원들의 기술과 전문성을 활용해 인터넷으로 고객에게 최고의 쇼핑 경험을 제공한다.",
        ),
        note(
            "vp-everything", SHOP,
            "Everything you might want to buy", "사고 싶은 모든 상품이 한곳에",
        ),
        note(
            "vp-lowest-prices", SHOP,
            "The lowest prices", "가장 저렴한 가격",
        ),
        note(
            "vp-less-effort", SHOP,
            "Less effort to search, order, use, dispose", "탐색·주문·사용·처분 부담을 덜어줌",
            "Harvard Business Review, 2010, \"Stop trying to delight your customers\": loyalty grows "
            "when the money, time and mental effort of buying drop, more than from extra delights.",
            "2010년 하버드 비즈니스 리뷰 \"Stop trying to delight your customers\": 혜택으로 감동시키기보다 "
            "구매 과정의 금전적, 시간적, 심리적 비용을 낮출 때 고객 충성도가 높아진다.",
        ),
        note(
            "vp-kindle-preview", READ,
            "A book's first pages on Kindle before it arrives", "책이 오기 전 킨들로 앞부분 읽기",
            "Buy a paper book and its opening pages come to your Kindle; while you read them, "
            "the book arrives. Small, but touching.",
            "책을 사면 앞부분이 킨들로 날아온다. 읽다 보면 책이 배송된다. 작지만 감동이다.",
        ),
        note(
            "vp-seller-relief", SELL,
            "Sellers freed of paperwork and settlement", "셀러의 서류·정산 부담을 덜어줌",
            "On open markets sellers handle permits, product documents, sales applications and "
            "settlement themselves; Amazon takes that load off and focuses on customer value.",
            "오픈마켓 셀러는 인허가, 구비 서류, 판매 신청, 정산 업무가 많다. 아마존은 이 부담을 "
            "줄이고 고객 가치에 집중한다.",
        ),
        note(
            "vp-aws-infra", AWS,
            "Cheaper, faster infra than IDC hosting", "IDC 호스팅보다 싸고 빠른 인프라",
            "Around 2009 the essay's author moved off IDC hosting to AWS: it ended the high cost "
            "and the long preparation time at once.",
            "2009년쯤 필자는 IDC 호스팅을 버리고 AWS를 도입했다. 고비용과 긴 준비 시간 문제를 "
            "한 번에 해결했기 때문이다.",
        ),
    ),
    BlockId.CUSTOMER_RELATIONSHIPS: (
        note(
            "cr-proactive-refund", SHOP,
            "Refund before asked: $2.99 for a bad stream", "묻기 전에 먼저 환불: 재생 불량 2.99달러",
            "\"We noticed your Casablanca rental did not play well. Sorry for the trouble; we are "
            "refunding $2.99.\" A message like this earns boundless trust.",
            "\"고객님이 VOD 카사블랑카를 시청했을 때 재생 상태가 좋지 않았습니다. 2.99달러를 환불해 "
            "드리겠습니다.\" 이런 연락을 받은 고객은 무한한 신뢰를 갖게 된다.",
        ),
        note(
            "cr-mayday", SHOP,
            "Mayday button: an expert in one click", "메이데이 버튼: 누르면 전문가 연결",
            "Press the button and an expert connects to help.",
            "버튼을 누르면 전문가가 연결되어 도와준다.",
        ),
        note(
            "cr-seller-coaching", SELL,
            "Sales coaching for sellers", "셀러를 위한 판매 코칭",
        ),
        note(
            "cr-architecture-review", AWS,
            "Engineers review your architecture with you", "엔지니어가 아키텍처를 함께 진단",
            "They diagnose the running architecture together with the customer, cut running costs "
            "and propose safer ways to operate; technical meetings, e.g. in Singapore.",
            "현재 아키텍처를 고객과 함께 진단해 운영 비용을 줄이고 더 안전한 운영 방법을 제시한다. "
            "싱가포르 등에서 기술 미팅을 가졌다.",
        ),
    ),
    BlockId.CHANNELS: (
        note(
            "ch-online-store", SHOP,
            "Amazon online store", "아마존 온라인 스토어",
        ),
        note(
            "ch-kindle", READ,
            "Kindle: content straight to the device", "킨들로 콘텐츠를 바로 전송",
        ),
        note(
            "ch-lockers", SHOP,
            "Pick-up lockers", "아마존 보관함에서 수령",
        ),
        note(
            "ch-prime-air", SHOP,
            "Prime Air drone delivery", "프라임 에어 드론 배송",
            "According to the book Day 1, drones have carried parcels between an island and the "
            "mainland since September 2014; a showcase that also builds Amazon's image.",
            "책 'Day 1'에 따르면 2014년 9월부터 섬과 육지 사이를 드론으로 배송하고 있다. "
            "기업 이미지를 선점하는 좋은 상품이기도 하다.",
        ),
    ),
    BlockId.CUSTOMER_SEGMENTS: (
        note("seg-shoppers", SHOP, "Online shoppers", "온라인 쇼핑 고객"),
        note("seg-sellers", SELL, "Third-party sellers", "입점 셀러"),
        note(
            "seg-partner-sites", SELL,
            "Partner sites: Single Sign-On and Payment", "아마존 로그인·결제를 쓰는 파트너",
            "Partners let customers sign in and pay with Amazon (Single Sign-On, Single Payment).",
            "파트너 사이트에서 아마존 계정으로 로그인하고 결제한다 (Single Sign-On, Single Payment).",
        ),
        note("seg-aws-companies", AWS, "Companies and dev teams on AWS", "AWS를 쓰는 기업과 개발팀"),
        note(
            "seg-global-services", AWS,
            "Global services like ChatON", "챗온 같은 글로벌 서비스",
            "The author's team ran ChatON, a real-time messaging service, worldwide on AWS.",
            "필자의 팀은 실시간 메시징 서비스 챗온(ChatON)을 AWS에서 글로벌하게 운영했다.",
        ),
        note("seg-readers", READ, "Kindle readers", "킨들 독자"),
    ),
    BlockId.COST_STRUCTURE: (
        note("cost-logistics", None, "Fast delivery and logistics", "빠른 배송과 물류"),
        note(
            "cost-frugality", None,
            "Frugality keeps costs low", "검약으로 낮은 비용 유지",
        ),
        note(
            "cost-goodwill", SHOP,
            "Proactive refunds, mis-shipped items as gifts", "선제 환불, 오배송 상품은 선물로",
            "Amazon is known to let customers keep wrongly delivered items as a gift.",
            "잘못 배송된 물건을 고객에게 선물하는 것으로 알려져 있다.",
        ),
        note("cost-aws", AWS, "AWS infrastructure and engineers", "AWS 인프라와 엔지니어"),
        note(
            "cost-long-bets", None,
            "Long bets: labs, drones, space", "장기 투자: 랩, 드론, 우주선",
        ),
        note(
            "cost-cash-flow", None,
            "5-7 year view on future cash flow", "5-7년 앞 미래 현금 흐름 중시",
            "Long-term view: choices are judged by the value of future cash flow 5-7 years out.",
            "장기적 관점: 5-7년 뒤 미래 현금 흐름의 가치로 판단한다.",
        ),
        note(
            "cost-bookstore-share", READ,
            "10% of content sales to bookstores", "서점에 콘텐츠 매출 10% 배분",
        ),
    ),
    BlockId.REVENUE_STREAMS: (
        note("rev-retail", SHOP, "Product sales at the lowest prices", "최저가 상품 판매"),
        note("rev-video", SHOP, "Video rentals, e.g. $2.99 a film", "VOD 대여 (편당 2.99달러 등)"),
        note("rev-ebooks", READ, "Kindle e-book and content sales", "킨들 전자책·콘텐츠 판매"),
        note("rev-kindle-devices", READ, "Kindle devices, sold cheap", "저렴한 킨들 단말 판매"),
        note("rev-seller-fees", SELL, "FBA and seller fees", "FBA와 셀러 수수료"),
        note("rev-aws", AWS, "AWS usage fees", "AWS 사용료"),
        note(
            "rev-dream-business", None,
            "Dream: loved, growing, high return on capital", "꿈의 사업: 사랑받고 성장하며 수익률 높은",
            "Bezos's dream business: loved by customers, able to grow, with a high return on capital, "
            "and lasting.",
            "베조스가 말하는 꿈의 비즈니스: 고객에게 사랑받고, 성장 가능성이 높으며, 자본 이익률이 "
            "높고 지속 가능한 사업.",
        ),
    ),
}


def _placed_notes(language: str, colors: dict[str, str]) -> list[Note]:
    """Every note, block by block, each put where `free_position` finds room."""
    notes: list[Note] = []
    for block in BlockId:
        occupied: list[tuple[float, float]] = []
        for spec in NOTES[block]:
            x, y = free_position(block, occupied)
            _check_fits(block, spec.id, x, y, occupied)
            occupied.append((x, y))
            notes.append(
                Note(
                    id=spec.id,
                    block=block,
                    text=spec.text.get(language),
                    description=spec.description.get(language),
                    color=colors[spec.segment] if spec.segment else DEFAULT_NOTE_COLOR,
                    segment=spec.segment,
                    x=x,
                    y=y,
                )
            )
    return notes


def _check_fits(
    block: BlockId, note_id: str, x: float, y: float, occupied: list[tuple[float, float]]
) -> None:
    """Refuse to write a template whose block is too full for its notes."""
    r, b = note_rect(block, x, y), BLOCK_RECTS[block]
    inside = b.x <= r.x and b.y <= r.y and r.right <= b.right and r.bottom <= b.bottom
    overlaps = any(
        r.x < o.right and o.x < r.right and r.y < o.bottom and o.y < r.bottom
        for o in (note_rect(block, ox, oy) for ox, oy in occupied)
    )
    if not inside or overlaps:
        raise SystemExit(f"{block}: no room for note {note_id!r}; keep fewer notes in this block")


def build_canvas(language: str) -> Canvas:
    colors = {s.id: STICKY_COLORS[s.color_name] for s in SEGMENTS}
    return Canvas(
        title=HEADER["title"].get(language),
        designed_for=HEADER["designed_for"].get(language),
        designed_by=HEADER["designed_by"].get(language),
        date=HEADER["date"].get(language),
        iteration=HEADER["iteration"].get(language),
        language=language,
        notes=_placed_notes(language, colors),
        segments=[Segment(id=s.id, name=s.name.get(language), color=colors[s.id]) for s in SEGMENTS],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write amazon.bmc and amazon-ko.bmc.")
    parser.add_argument("--out", type=Path, default=TEMPLATES_DIR, help="folder to write into")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        path = args.out / FILE_NAMES[language]
        save_canvas(build_canvas(language), path)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
