"""The national template's tables: canonical rows and columns, and the phrases that find them.

Keys are those of the gold transcriptions. A row is found by any of its phrases appearing in a
whitespace-free, simplified label (typos in real reports are covered by extra phrases).
"""

from __future__ import annotations

from dataclasses import dataclass

REQUEST_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
REVIEW_GROUPS = ["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"]
REVIEW_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


@dataclass(frozen=True)
class RowSpec:
    key: str
    phrases: tuple[str, ...]
    exact: tuple[str, ...] = ()  # label cores that must match whole (short, generic labels)
    cols: tuple[str, ...] = tuple(REQUEST_COLS)
    units: tuple[str, ...] = ()  # per column; default 件


_OTHER_AGG = RowSpec("其他处理", ("其他处理",))
_OTHER_SUB = (
    RowSpec(
        "其他处理/申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ("逾期不补正", "无正当理由逾期"),
    ),
    RowSpec(
        "其他处理/申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ("收费通知", "缴纳费用"),
    ),
    RowSpec("其他处理/其他", (), exact=("其他",)),
)

_REQUEST_HEAD = (
    RowSpec("本年新收政府信息公开申请数量", ("本年新收",)),
    RowSpec("上年结转政府信息公开申请数量", ("上年结转",)),
    RowSpec("予以公开", ("予以公开",)),
    RowSpec("部分公开", ("部分公开",)),
    RowSpec("不予公开/属于国家秘密", ("国家秘密",)),
    RowSpec("不予公开/其他法律行政法规禁止公开", ("法律行政法规禁止", "其他法律行政", "行政法规禁止公开")),
    RowSpec("不予公开/危及“三安全一稳定”", ("三安全一稳定", "危及")),
    RowSpec("不予公开/保护第三方合法权益", ("第三方合法权益", "保护第三方")),
    RowSpec("不予公开/属于三类内部事务信息", ("三类内部事务", "内部事务信息")),
    RowSpec("不予公开/属于四类过程性信息", ("四类过程性", "过程性信息")),
    RowSpec("不予公开/属于行政执法案卷", ("行政执法案卷",)),
    RowSpec("不予公开/属于行政查询事项", ("行政查询事项",)),
    RowSpec("无法提供/本机关不掌握相关政府信息", ("不掌握相关", "本机关不掌握")),
    RowSpec("无法提供/没有现成信息需要另行制作", ("没有现成信息", "另行制作")),
    RowSpec("无法提供/补正后申请内容仍不明确", ("补正后申请", "仍不明确")),
    RowSpec("不予处理/信访举报投诉类申请", ("信访举报投诉", "信访举报")),
    RowSpec("不予处理/重复申请", ("重复申请",)),
    RowSpec("不予处理/要求提供公开出版物", ("公开出版物",)),
    RowSpec("不予处理/无正当理由大量反复申请", ("大量反复",)),
    RowSpec("不予处理/要求行政机关确认或重新出具已获取信息", ("重新出具", "确认或重新", "已获取信息")),
)
_REQUEST_TAIL = (
    RowSpec("总计", ("总计",)),
    RowSpec("结转下年度继续办理", ("结转下年度", "继续办理")),
)

# Row keys of the outcome block (三、本年度办理结果) in each variant, summed by the checks.
OUTCOME_PREFIXES = ("予以公开", "部分公开", "不予公开/", "无法提供/", "不予处理/", "其他处理")


def request_rows(template: str, other_aggregated: bool) -> tuple[RowSpec, ...]:
    """Table 三's rows in printed order; the 2021 template splits （六）其他处理 in three."""
    other = (_OTHER_AGG,) if template == "2019" or other_aggregated else _OTHER_SUB
    return _REQUEST_HEAD + other + _REQUEST_TAIL


def all_request_specs() -> tuple[RowSpec, ...]:
    return _REQUEST_HEAD + (_OTHER_AGG,) + _OTHER_SUB + _REQUEST_TAIL


_C19_1 = ("本年新制作数量", "本年新公开数量", "对外公开总数量")
CHANGE_COLUMN = "本年增/减"  # 2019 表二: the report's own change on last year's count of items
_C19_5 = ("上一年项目数量", CHANGE_COLUMN, "处理决定数量")
_C21_1 = ("本年制发件数", "本年废止件数", "现行有效件数")
_C21_5 = ("本年处理决定数量",)
FEE_2021 = "本年收费金额（单位：万元）"
AMOUNT_2019 = "采购总金额"

ACTIVE_2019 = (
    RowSpec("规章", ("规章",), cols=_C19_1),
    RowSpec("规范性文件", ("规范性文件",), cols=_C19_1),
    RowSpec("行政许可", ("行政许可",), cols=_C19_5),
    RowSpec("其他对外管理服务事项", ("其他对外管理服务", "对外管理服务事项"), cols=_C19_5),
    RowSpec("行政处罚", ("行政处罚",), cols=_C19_5),
    RowSpec("行政强制", ("行政强制",), cols=_C19_5),
    RowSpec("行政事业性收费", ("行政事业性收费", "事业性收费"), cols=("上一年项目数量", "本年增/减")),
    RowSpec("政府集中采购", ("政府集中采购", "集中采购"), cols=("采购项目数量", AMOUNT_2019), units=("项", "元")),
)
ACTIVE_2021 = (
    RowSpec("规章", ("规章",), cols=_C21_1),
    RowSpec("行政规范性文件", ("规范性文件",), cols=_C21_1),
    RowSpec("行政许可", ("行政许可",), cols=_C21_5),
    RowSpec("行政处罚", ("行政处罚",), cols=_C21_5),
    RowSpec("行政强制", ("行政强制",), cols=_C21_5),
    RowSpec("行政事业性收费", ("行政事业性收费", "事业性收费"), cols=(FEE_2021,), units=("万元",)),
)


def active_rows(template: str) -> tuple[RowSpec, ...]:
    return ACTIVE_2019 if template == "2019" else ACTIVE_2021


def unit_of(spec: RowSpec, col: str) -> str:
    if spec.units:
        return spec.units[spec.cols.index(col)]
    if spec.key in ("规章", "规范性文件", "行政规范性文件"):
        return "件"
    if spec.cols and spec.cols[0] in ("上一年项目数量", "本年处理决定数量"):
        return "项" if col != "处理决定数量" and col != "本年处理决定数量" else "件"
    return "件"


def expected_cell_count(template: str, other_aggregated: bool) -> int:
    n = sum(len(r.cols) for r in active_rows(template))
    n += len(request_rows(template, other_aggregated)) * len(REQUEST_COLS)
    return n + len(REVIEW_GROUPS) * len(REVIEW_COLS)
