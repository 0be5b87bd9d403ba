"""Tiny PDF files written byte by byte, for what real reports rarely show: no text, a password."""

from __future__ import annotations


def pdf_bytes(pages: int = 1, encrypted: bool = False) -> bytes:
    """A valid PDF of empty pages (no text layer); `encrypted` adds a password nobody knows."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"]
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R"
    if encrypted:  # RC4 40-bit, an owner and user hash that no empty password opens
        objects.append(f"<< /Filter /Standard /V 1 /R 2 /O <{'ab' * 32}> /U <{'cd' * 32}> /P -4 >>")
        trailer = f"/Size {len(objects) + 1} /Root 1 0 R /Encrypt {len(objects)} 0 R /ID [<{'01' * 16}> <{'01' * 16}>]"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


REQUEST_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
_HEADS = {"本年新收": "一、", "上年结转": "二、", "结转下年": "四、"}
_SINGLE = {"予以公开": "（一）予以公开", "部分公开": "（二）部分公开", "总计": "（七）总计", "其他处理": "（六）其他处理"}
_GROUPS = {"不予公开": "（三）不予公开", "无法提供": "（四）无法提供", "不予处理": "（五）不予处理", "其他处理": "（六）其他处理"}


def _cell(v) -> str:
    if v is None:
        return ""
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def report_pdf(gold: dict, path, fontsize: float = 7.0):
    """Write `gold` (2021 template) as a two-page PDF whose tables have no ruling lines: every cell is
    text placed at its column's x-centre, and a blank cell (None) is simply not printed."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    from bot.charts import cjk_font

    family = cjk_font()[0]
    matplotlib.rcParams["pdf.fonttype"] = 42  # TrueType with a ToUnicode map: the text can be extracted
    pages: list[list[tuple[float, float, str]]] = [[], []]

    def put(page, x, y, text, size=fontsize):
        if text:
            pages[page].append((x, y, text, size))

    put(0, 60, 60, f"{gold['agency']}{gold['year']}年政府信息公开工作年度报告", 12)
    put(0, 60, 90, "一、总体情况")
    put(0, 60, 105, "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》。")
    put(0, 60, 130, "二、主动公开政府信息情况")
    y = 150
    for cols, keys in [
        (["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
        (["本年处理决定数量"], ["行政许可", "行政处罚", "行政强制"]),
        (["本年收费金额（单位：万元）"], ["行政事业性收费"]),
    ]:
        put(0, 60, y, "信息内容")
        for k, col in enumerate(cols):
            put(0, 250 + 100 * k, y, col)
        for key in keys:
            y += 16
            put(0, 60, y, key)
            for k, col in enumerate(cols):
                put(0, 270 + 100 * k, y, _cell(gold["active"][key][col]))
        y += 24
    put(0, 280, 800, "- 1 -")
    put(1, 60, 50, "三、收到和处理政府信息公开申请情况")
    for k, col in enumerate(REQUEST_COLS):
        put(1, 330 + 36 * k, 70, col[:2])
        put(1, 330 + 36 * k, 79, col[2:])
    y = 79
    numbers: dict[str, int] = {}
    for key, row in gold["requests"].items():
        y += 13
        group, _, sub = key.partition("/")
        if sub:
            numbers[group] = numbers.get(group, 0) + 1
            label = (_GROUPS[group] if numbers[group] == 1 else "") + f"{numbers[group]}.{sub}"
        else:
            label = _HEADS.get(key[:4], "") + key if key[:4] in _HEADS else _SINGLE.get(key, key)
        put(1, 40, y, label[:40], fontsize * 0.8)
        for k, col in enumerate(REQUEST_COLS):
            put(1, 336 + 36 * k, y, _cell(row[col]))
    y += 24
    put(1, 60, y, "四、政府信息公开行政复议、行政诉讼情况")
    review = gold["review_litigation"]
    groups = ["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"]
    for g, group in enumerate(groups):
        for k, col in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]):
            x = 50 + 34 * (g * 5 + k)
            put(1, x, y + 18, col[:2])
            put(1, x, y + 27, col[2:])
            put(1, x + 4, y + 42, _cell(review[group][col]))
    put(1, 60, y + 70, "五、存在的主要问题及改进情况")
    put(1, 60, y + 85, "政策解读质量仍需提升。")
    put(1, 60, y + 105, "六、其他需要报告的事项")
    put(1, 60, y + 120, "无。")
    put(1, 280, 800, "- 2 -")
    with PdfPages(str(path)) as pdf:
        for items in pages:
            fig = Figure(figsize=(595 / 72, 842 / 72))
            for x, yy, text, size in items:
                fig.text(x / 595, 1 - yy / 842, text, fontfamily=family, fontsize=size, va="top")
            pdf.savefig(fig)
    return path


def pdf_with_picture(picture, path, title: str):
    """A PDF whose text layer has a title and headings, and whose table is a pasted picture."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.image
    from matplotlib.figure import Figure

    from bot.charts import cjk_font

    family = cjk_font()[0]
    matplotlib.rcParams["pdf.fonttype"] = 42
    fig = Figure(figsize=(595 / 72, 842 / 72))
    for y, text in [(60, title), (90, "一、总体情况"), (105, "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》。")]:
        fig.text(60 / 595, 1 - y / 842, text, fontfamily=family, fontsize=10, va="top")
    axes = fig.add_axes((0.08, 0.45, 0.84, 0.4))
    axes.imshow(matplotlib.image.imread(str(picture)), cmap="gray")
    axes.axis("off")
    fig.text(60 / 595, 0.4, "五、存在的主要问题及改进情况", fontfamily=family, fontsize=10, va="top")
    fig.savefig(str(path), format="pdf")
    return path
