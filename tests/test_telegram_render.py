"""Answer → Telegram HTML: escaping, citations and warnings beside figures, 4096/1024 limits."""

from __future__ import annotations

import pytest
from fakes.telegram_html import HtmlError, parse_html

from bot import telegram_render as render
from bot.answer import Answer, Figure, Hit, Option


def cell(
    agency="嘉兴市<发改委> & Co", value=12, warnings=(), row="本年新收政府信息公开申请数量", source="a.txt:12"
):
    return Figure(
        agency, 2020, "表三 <收到>", row, "总计", value, "件", f"{value}", source, list(warnings), ""
    )


def visible(messages: list[str]) -> str:
    return "\n".join(parse_html(m) for m in messages)


def test_every_dynamic_value_is_escaped():
    answer = Answer(
        "figure",
        "x",
        figures=[cell(warnings=["总计 <5> 但 & 各项之和 6"])],
        title="<b>不是标签</b>",
        notes=["年份 <默认>"],
    )
    messages = render.answer_messages(answer)
    text = visible(messages)  # raises if the HTML is not what Telegram accepts
    assert "<b>不是标签</b>" in text and "嘉兴市<发改委> & Co" in text and "年份 <默认>" in text


def test_citation_and_warning_sit_beside_their_figure():
    answer = Answer(
        "table",
        "比较",
        figures=[
            cell("甲局", 3, ["表三：总计 3，各项相加为 4"], source="a.txt:7"),
            cell("乙局", 5, source="b.txt:9"),
        ],
    )
    lines = visible(render.answer_messages(answer)).splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. 甲局"))
    assert "第7行" in lines[first] and "总计 3，各项相加为 4" in lines[first + 1]
    second = next(i for i, line in enumerate(lines) if line.startswith("2. 乙局"))
    assert "第9行" in lines[second]
    # the full citations (file and line) are folded into one expandable quote below the list
    html = "\n".join(render.answer_messages(answer))
    quote = html[html.index("<blockquote expandable>") :]
    assert "a.txt 第7行" in quote and "b.txt 第9行" in quote


def test_raw_text_shown_when_it_differs_from_the_value():
    f = cell(value=1200)
    f.raw = "1,200"
    assert "原文“1,200”" in visible(render.answer_messages(Answer("figure", "x", figures=[f])))


def test_total_shows_value_and_parts():
    answer = Answer("total", "所有单位一共收到多少申请", value=17, figures=[cell("甲", 12), cell("乙", 5)])
    text = visible(render.answer_messages(answer))
    assert "合计：17 件" in text and "1. 甲" in text and "2. 乙" in text and "由以下各项相加" in text


def test_one_reports_card_is_grouped_by_table_with_line_numbers():
    figures = [cell("甲局", i, row=f"行{i}", source=f"card.txt:{100 + i}") for i in range(6)]
    text = visible(render.answer_messages(Answer("table", "甲局 2020", figures=figures)))
    assert text.count("表三 <收到>") == 1 and "〔第105行〕" in text and "card.txt" in text


def test_long_answers_split_on_line_boundaries():
    figures = [cell(f"单位{i:03d}" + "很长的名字" * 5, i, ["核对 <不通过>"]) for i in range(120)]
    messages = render.answer_messages(Answer("table", "排名", figures=figures))
    assert len(messages) > 1
    for m in messages:
        plain = parse_html(m)
        assert 0 < len(plain) <= 4096
    assert all(f"单位{i:03d}" in visible(messages) for i in range(120))
    # no figure is separated from its citation by a message break
    for m in messages:
        assert not parse_html(m).splitlines()[0].startswith("   ")


def test_a_single_huge_line_is_cut_into_plain_pieces():
    messages = render.split_messages(["<b>" + render.esc("长<" * 5000) + "</b>"])
    assert len(messages) == 3 and all(len(parse_html(m)) <= 4096 for m in messages)


def test_caption_stays_under_1024():
    answer = Answer("table", "x", title="很长的标题<" * 300, figures=[cell(), cell("乙")])
    caption = render.chart_caption(answer)
    assert len(parse_html(caption)) <= 1024


def test_search_hits_bold_the_match_and_escape_the_rest():
    answer = Answer(
        "search",
        "检索",
        hits=[
            Hit("甲局", 2021, "一、总体情况", "落实【双随机、一公开】<制度>&规定"),
            Hit("乙局", 2021, "二", "不成对的【括号"),
        ],
    )
    messages = render.answer_messages(answer)
    assert "<b>双随机、一公开</b>" in messages[0]
    text = visible(messages)
    assert "<制度>&规定" in text and "不成对的【括号" in text


@pytest.mark.parametrize("kind", ["clarify", "not_found", "help"])
def test_text_kinds_are_escaped_text(kind):
    answer = Answer(
        kind,
        "没有 <杭州市财政局> 的年报\n收录的有：",
        items=["甲局", "乙 & 丙"],
        options=[Option("甲", "甲局收到多少申请")],
    )
    text = visible(render.answer_messages(answer))
    assert "没有 <杭州市财政局> 的年报" in text
    if kind == "not_found":
        assert "乙 & 丙" in text


def test_the_fake_server_parser_rejects_what_telegram_rejects():
    for bad in ["<b>x", "<div>x</div>", "a < b", "x &nbsp; y", "<b><i>x</b></i>", "AT&T"]:
        with pytest.raises(HtmlError):
            parse_html(bad)
    assert parse_html('<a href="https://t.me">t</a> &lt;&amp;&#x27;') == "t <&'"
