"""Blind probes (tests/qa/blind/): on questions written without seeing the code, never a wrong figure.

Each single question and each conversation turn is asked of a real index of the bundled reports; a
conversation's turns share one Conversation, as in the chat.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLE_REPORTS

from bot.conversation import Conversation
from bot.service import Assistant

BLIND = Path(__file__).resolve().parent / "qa" / "blind"
# Where a probe's expectation and the bot's documented convention differ on purpose.
ACCEPTED = {
    "q129-070": "不予公开的一共多少件，就是把国家秘密、三安全一稳定、过程性信息、行政查询这些小项全部加起来: the four parts "
                "named are added and each is cited; the probe read them as examples of all eight",
    "q129-077": "平潭 制发了几件: 规范性文件's 88, the answer saying 规章's row is 0 or blank (so both rows together are 88 too); "
                "the probe wanted 规章 or 规范性文件 asked back",
    "q149-085": "平潭 现行有效多少件: 规范性文件's 698, the answer saying 规章's row is 0 or blank (as q129-077)",
    "q131-036": "洪泽24年制发了几件: 规范性文件's 3, the answer saying 规章's row is 0 or blank (as q129-077)",
    "q131-070": "洪泽区政府2023年行政复议的总计对得上吗: the parts are added (11) and cited, with the printed 0 said beside them; "
                "the probe lists only the two totals, so the cited parts count as stray figures",
    "q131-071": "安康…行政复议那几个数加起来跟总计一致吗: the parts are added (2) and cited, with the printed 0 said beside them "
                "(as q131-070)",
    "q117-053": "各项办理结果加起来，跟表里印的总计对得上吗: the parts are added (3050) and cited one by one; the probe lists "
                "only the totals, so the cited parts count as stray figures",
    "q119-042": "各项办理结果加起来和（七）总计一致吗: the parts are added (3050) and cited one by one; the probe lists only the "
                "totals, so the cited parts count as stray figures",
    "q123-055": "表四的行政复议，各项加起来和总计对得上吗: the parts are added (2) and cited, with the printed 0 said beside them; "
                "the probe lists only the two totals, so the cited parts count as stray figures",
    "q109-026": "2021年的新收申请数是多少？想和2020年对比: the 2020 figure listed and 2021 said not held (as q81-095; the "
                "probe expected no figure at all)",
    "q81-036": "印出来的总计是几？…加起来又是几？两者对得上吗: the parts are added (2) and cited one by one, with the printed 0 "
               "said beside them; the probe lists only the two totals, so the cited parts count as stray figures",
    "q81-095": "2021年度的新收申请数有吗？想接着2020年的往下看: the 2020 figure listed and 2021 said not held (the probe "
               "expected no figure at all)",
    "q71-050": "除了淮安和洪泽，哪个单位上年结转最多 (no year): the newest year held among the rest (2022), said in the "
               "answer; the probe ranked every report",
    "q71-096": "行政复议的总计和分项加起来对得上吗: the parts are added (2) and cited one by one, with the printed 0 said beside "
               "them; the probe lists only the two totals, so the cited parts count as stray figures",
    "q61-093": "发改委2019年…我想和2020年比较: the 2020 figure listed and 2019 said not held (the probe expected no figure at all)",
    "q59-077": "总计和分项加总对得上吗，请分别给出: the parts' sum (2) with every part cited and the printed 0 said beside "
               "it; the probe lists only the two totals, so the cited parts count as stray figures",
    "q55-035": "both sides of 表三's equation given with the four cells cited (scorer artefact: the probe lists only the two sums)",
    "q55-036": "印的总计和…这几项加起来一致吗: the parts are added (11) and cited one by one, with the printed 0 said beside "
               "them; the probe lists only the two totals, so the cited parts count as stray figures",
    "q8-049": "一共 of a row whose printed total its parts contradict: the printed total (0), its warning giving the parts' "
              "sum (11), as the README's convention says and rounds 53–54 asked; this probe wanted the parts' sum",
    "q53-091": "印出来的总计…分项加起来又是多少: the parts are added (2) and cited one by one, with the printed 0 said beside "
               "them; the probe lists only the two totals, so the cited parts count as stray figures",
    "q51-058": "印出来的总计跟…四项加起来对得上吗: the parts are added (2) and cited one by one, with the printed 0 said beside "
               "them; the probe lists only the two totals, so the cited parts count as stray figures",
    "q50-012": "行政复议那一行，总计和各分项加起来对得上吗: the parts are added (2) and cited one by one, with the printed 0 said "
               "beside them; the probe lists only the two totals, so the cited parts count as stray figures",
    "q48-004": "印出来的总计和几个分项加起来对得上吗: the parts are added (2) and cited one by one, with the printed 0 said beside "
               "them; the probe lists only the two totals, so the cited parts count as stray figures",
    "q41-042": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q41-047": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q41-049": "a ranking without a year takes the newest year held (2024), said in the answer (both pass the filter); "
               "the probe ranked every report",
    "q41-079": "a total without a year takes the newest year held (2024), said in the answer; the probe added every report",
    "q40-045": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q40-046": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q40-049": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q40-050": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q40-092": "no year given: the newest report is answered, and the answer says so",
    "q40-100": "a bare city name is its people's government when held (issue 8), said in the answer; the probe asked back",
    "q35-080": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q35-084": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q35-094": "no year given: the newest report is answered, and the answer says so",
    "q34-081": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q34-084": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q33-085": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q33-087": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q33-096": "no year given: the newest report is answered, and the answer says so",
    "q32-082": "no year given: the newest report is answered, and the answer says so",
    "q31-062": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q31-067": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q31-070": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q31-084": "no year given: the newest report is answered, and the answer says so",
    "q30-031": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q30-055": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q30-065": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q30-086": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q30-100": "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked every report",
    "q30-084": "agencies named without a year are each taken in their newest report (洪泽 2024), as the answer says; "
               "the probe ranked both of 洪泽's years",
    "q30-095": "no year given: the newest report is answered, and the answer says so",
    "o-010": "no year given: the newest report is answered, and the answer says so",
    "o-099": "no year given: the newest report is answered, and the answer says so",
    "j-102": "no year given: the newest report is answered, and the answer says so",
    "j-100": "no year given: the newest report is answered, and the answer says so",
    "o-025": "asks which unit the fee column is in: the figure is shown in 万元, which answers it",
    "f-074": "no year given: the newest report is answered, and the answer says so",
    "f-144": "no year given: the newest report is answered, and the answer says so",
    "r-023": "no year given: the newest report is answered, and the answer says so",
    "f-112": "a check: the printed 0 is given with the failed check saying the parts add to 11",
    "r-081": "a claim about a printed 0: given with the failed check saying the parts add to 11",
    "u-076": "no year given: the newest report is answered, and the answer says so",
    "f-100": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q6-020": "no year given: the newest report is answered, and the answer says so",
    "q6-116": "no year given: the newest report is answered, and the answer says so",
    "q6-067": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q6-069": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q7-017": "no year given: the newest report is answered, and the answer says so",
    "q7-028": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q8-099": "no year given: the newest report is answered, and the answer says so",
    "q9-029": "no year given: the newest report is answered, and the answer says so",
    "q9-096": "two sums asked to be compared (一+二 vs 七+四): the four cells are listed, each cited, not added",
    "s-036": "two questions in one (the figure, and whether it fell): the change is given, citing both figures",
    "q10-044": "no year given: the newest report is answered, and the answer says so",
    "q11-043": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q11-092": "no year given: the newest report is answered, and the answer says so",
    "q13-089": "no year given: the newest report is answered, and the answer says so",
    "q14-043": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q14-073": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q14-087": "no year given: the newest report is answered, and the answer says so",
    "q15-043": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q15-048": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q15-087": "no year given: the newest report is answered, and the answer says so",
    "q16-002": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q17-043": "no year given: the newest report is answered, and the answer says so",
    "q17-067": "no year given: the newest report is answered, and the answer says so",
    "q8-031": "no year given: the newest report is answered, and the answer says so (区府 is the one district "
              "government held, as the probe says)",
    "r-044": "no year given: the newest report is answered, and the answer says so (区府 is the one district "
             "government held, as the probe says)",
    "q23-052": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q19-071": "the parts are added up (2) and cited one by one, with the printed 0 said beside them; the probe lists "
               "only the two totals, so the cited parts count as stray figures",
    "q19-072": "the parts are added up (11) and cited one by one, with the printed 0 said beside them; the probe lists "
               "only the two totals, so the cited parts count as stray figures",
    "q27-053": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q29-052": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q29-054": "no year given: a ranking across agencies is taken in the newest year held, and says so",
    "q38-099": "哪年高，高出几个百分点 is answered as the later year against the earlier (2024年比2023年低15个百分点), the gap "
               "said with its direction; the probe wrote it unsigned",
    "q42-061": "no year given: a ranking across agencies (here with a filter) is taken in the newest year held, and says so",
}
# Conversation turns where the probe and a documented convention differ (conversation id, turn index).
ACCEPTED_TURNS = {
    ("v46a-009", 3): "倒数第一呢 after 它采购了几个项目 (a figure asked of the second place): the figure just asked, of the last "
                     "place (安康's 10 projects), as 62 of the 78 such turns in the kept rounds read it; the probe wanted the ranked amount",
    ("v147b-012", 0): "淮安市人民政府2024年依申请公开的总计对得上吗: 依申请公开 counted is the applications received (本年新收), its "
                      "columns added against its 总计, as the kept rounds read 依申请公开多少; the probe took 表三's (七)总计",
    ("v145b-004", 5): "后一家 after 再比比两家的实质公开率 (发改委 named and shown first, 秀洲分局 second): the latter is 秀洲分局, as "
                      "named and as shown; the probe took 发改委",
    ("v145b-004", 6): "这个数占它全部办结量的比重: goes on from 后一家 read as 秀洲分局 (above)",
    ("v142a-002", 5): "洪泽再往前一年的复议总数是多少，表里对得上吗: the parts added (11) with the printed 0 said beside them, as the "
                      "kept rounds read a check (v113a-008, v133a-004 …); the probe takes the printed total as the figure",
    ("v142a-017", 6): "它 after 这仨谁最多 排一下: the one 谁最多 asked for, the first of the ranking shown (as the convention for 它 "
                      "after 谁最多); the probe wanted it asked back",
    ("v142b-004", 1): "第二名呢 after 你收录的这些报告里…最多的是哪家: the ranking was of every report held (所有报告里, the "
                      "documented reading), so its second is 秀洲分局 2020; the probe ranked the newest year only",
    ("v139a-011", 3): "企业申请的呢 right after 占比多少 (自然人's share): the same share, of the column named now (3 ÷ 74, the 3 "
                      "cited), as the run of shares in v58b/v104b; the probe wanted the count alone",
    ("v139b-007", 6): "2020年这几家按采购金额排个名: the agencies this talk named (安康, 秀洲, 乍浦, 北戴河), 北戴河's blank said; the "
                      "probe took 这几家 as every 2020 report, 发改委 too",
    ("v139b-013", 2): "淮安市府的同一项 after a share: the same item (the row), its count, as ten writers before read it (v41a-019, "
                      "v88b-019, v138a-012 …); the probe took it as the same share",
    ("v139b-013", 3): "洪泽的: goes on from 同一项 read as the count (above)",
    ("v136b-017", 1): "各项结果加起来是不是正好这个数: the parts added (75), each cited, and the printed total said to agree; "
                      "the probe lists only the total",
    ("v133a-004", 5): "它前一年复议总计报的是多少？跟维持纠正那几栏加起来对得上吗: the parts added (11), with the printed 0 said "
                      "beside them in the answer's warning; the probe takes the printed total as the one figure asked",
    ("v129b-015", 4): "北戴河的新收呢 in a talk on 平潭 (no 人民政府): the one unit held in 北戴河, said in the answer (as "
                      "v104a-019); the probe wanted bare 北戴河 asked back",
    ("v113a-008", 1): "各项加起来对得上吗: the parts are added (2) and cited one by one, the printed 0 said beside them; the probe "
                      "lists only the two totals",
    ("v113a-020", 1): "它加上结转下年度的，跟新收加上年结转对得上吗: both sides of 表三's equation (3153 = 3153) with the four cells "
                      "cited; the probe lists only the two sums",
    ("v114b-010", 4): "同样口径，洪泽那年是多少件 after 到年底还没判下来的: the last figure asked (尚未审结, both kinds added) for 洪泽; "
                      "the probe took the 诉讼 total of the first turn",
    ("v114b-010", 5): "跟平潭那份比呢: the same reading as the turn before (尚未审结, both kinds); the probe compared the 诉讼 totals",
    ("v115a-008", 0): "总计和分项对得上吗: the parts are added (2) and cited one by one, the printed 0 said beside them; the probe "
                      "lists only the two totals",
    ("v115a-008", 1): "洪泽2023年的呢 (the same check): the parts are added (11) and cited; the probe lists only the two totals",
    ("v117a-008", 2): "洪泽二零二三年的呢 after 各项加起来是多少: the same question of 洪泽 2023 (its parts add to 11); the probe "
                      "expected the printed total of the first turn",
    ("v117b-002", 6): "那一年它的复议总计对得上吗: the parts are added (11) and cited; the probe lists only the two totals",
    ("v121a-020", 2): "这两家 after 最多的 and 第二多的: the first and the second place talked of (淮安 and 洪泽 2024); the probe "
                      "took the two reports tied at 2 (洪泽 2024 and 平潭 2022)",
    ("v121a-020", 3): "纠正呢: the same two as the turn before (淮安 and 洪泽 2024); the probe took the two tied at 2",
    ("v122b-001", 6): "它那年复议的总计跟分项对得上吗: the parts are added (11) and cited; the probe lists only the two totals",
    ("v127a-012", 5): "它那年办理结果各项加起来跟总计对得上吗: the parts are added and cited one by one with the printed total "
                      "beside them; the probe lists the total, the sum and the five outcome groups, so the cited sub-rows count as stray",
    ("v128a-001", 3): "好的 after 是不是洪泽区？ (one option offered): a yes to that option, so its figure is given (0); the probe took "
                      "好的 as small talk",
    ("v128b-008", 6): "行政强制也用同样的算法算一下 after a fall in percent: the change is given as 少111件（-56.9%）, both said; the "
                      "probe takes the percent as the figure",
    ("v124a-004", 0): "你手上这些报告里，哪家…最多？排一下: every report held is ranked (as rounds 2, 11, 21, 24, 26 and 32 "
                      "expect of 这些报告里); the probe took the newest year only",
    ("v81a-007", 2): "跟嘉兴市发改委比 谁多 多多少 after 项目几个: the figure last asked (采购项目数量) is compared, as any "
                     "follow-up carries the last figure; the probe compared the amount asked two turns before",
    ("v81a-020", 3): "表三's balance in the 自然人 column: the four cells cited with both sums said beside them (the probe "
                     "lists only the two sums)",
    ("v81b-006", 6): "这两个加起来，跟第四问那个数对得上吗: 表三's balance, both sides given with the four cells cited (the "
                     "probe lists only the two sums)",
    ("v64a-008", 2): "把这两个数加起来，跟“本年新收+上年结转”对得上吗: 表三's balance, both sides given with the four cells "
                     "cited (the probe lists only the two sums)",
    ("v84b-017", 3): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v84b-017", 4): "the same balance for 安康, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v84b-017", 5): "the same balance in the 自然人 column, both sides given with the four cells cited (the probe lists only "
                     "the two sums)",
    ("v85b-001", 5): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v90a-018", 5): "这个数跟办理结果总计再加上结转下年的对得上吗: 表三's balance, both sides given with the four cells cited "
                     "(the probe lists only the two sums)",
    ("v93b-013", 3): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v95b-013", 7): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v96a-016", 4): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v104a-006", 3): "复议总计印的多少、分项之和多少: the parts' sum (11) given with the printed total (0) in its warning; the "
                      "probe reads the four parts cited as the figures asked",
    ("v104a-019", 5): "安康的呢 in a talk on departments: the one unit held in 安康, said in the answer, as earlier rounds expect "
                      "(v82a-017, v95a-007); the probe wanted bare 安康 asked back",
    ("v106b-004", 4): "安康呢 in a talk on departments (嘉兴's units): the one unit held in 安康, said in the answer (as v104a-019); "
                      "the probe wanted bare 安康 asked back",
    ("v112a-018", 3): "新收那行法律服务机构有4件，那办理结果总计那行…印的是多少: both cells listed, the one asked shown blank; the "
                      "probe reads the 4 the asker stated as a stray figure",
    ("v112b-016", 5): "第二高的呢 after a ranking of shares: the share of that place (47.6%) with its part and whole cited; the "
                      "probe reads the part (10) as the ranked value",
    ("v102b-018", 5): "印的总计和分项之和分别是多少: the parts' sum (2) given with the printed total (0) in its warning; the probe "
                      "reads the four parts cited as the figures asked",
    ("v95a-007", 0): "安康那个报告 (that report of 安康): the one report held there is taken and the answer says so; the probe "
                     "wanted the bare place asked back",
    ("v95a-008", 1): "各家报告里…最多 (no year): every report held is ranked and the answer names that scope (2020–2024年各年报), "
                     "as earlier rounds expect (v32a-004, q7-028); this writer read it as the newest year only",
    ("v95a-008", 2): "the second place of that every-report ranking (see turn 1)",
    ("v95a-008", 3): "the two places of that every-report ranking (see turn 1)",
    ("v92b-020", 1): "另一家是多少 after a ranking of 行政诉讼（两类合计）: the other's sum (4), its two kinds cited as the parts "
                     "added (the probe reads the first part cited as a ranking)",
    ("v87b-016", 5): "其他结果呢 after two turns on a year the thread's agency does not hold (2022): its newest report, said "
                     "in the answer (未指明年份，按该单位最新的年报); the probe meant another agency's 2022 report",
    ("v82a-014", 0): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v82a-017", 6): "安康的呢 in a talk on departments (发改委, 秀洲分局): the one unit held in 安康, said in the answer, as "
                     "earlier rounds expect; the probe wanted bare 安康 asked back",
    ("v44b-014", 4): "复议案件哪家最多 after 看2020年的…谁最多: a ranking of its own keeps the thread's year (2020), said in the "
                     "answer; the probe took the newest year (2024). (Before this session the 2020 turn was read otherwise.)",
    ("v80b-006", 3): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v79b-012", 3): "诉讼里还没审结的呢 after 复议里尚未审结的占比: the same share of 诉讼 (15.2%), with its count (7) cited, "
                     "as …的呢 after a share carries the share (the probe wanted the count)",
    ("v80b-014", 3): "它们的申请里予以公开了几件 after a turn answered from the prose: the group the last figure was of "
                     "(法人或其他组织), labelled as such; the probe meant the 法律服务机构 of the unanswered turn",
    ("v80b-014", 4): "the same group's share (labelled 商业企业+…+其他), following the turn before; the probe meant 法律服务机构",
    ("v77b-011", 2): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v77b-011", 5): "安康呢 answering “自然资源局”对应3个单位，请问是哪一个？: the option offered for 安康 is picked "
                     "(its only unit held); the probe expected bare 安康 to be asked back",
    ("v52b-017", 4): "表三's balance in the 自然人 column, both sides given with the four cells cited (the probe lists only "
                     "the two sums)",
    ("v75b-018", 3): "行政许可呢？同口径算它的变化幅度: the change given as 多8937件 and +1624.9% in one answer, with the two "
                     "years' cells cited (the probe takes the cited cells for the figures compared)",
    ("v74b-018", 3): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v73b-003", 5): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v73a-008", 4): "自然人这一列：本年新收加上年结转…总计栏的（七）总计加结转下年度: the four cells listed (the 自然人 column's), "
                     "not added; the probe lists the two sums and takes the second from the 总计 column",
    ("v73a-019", 4): "安康那邊同一項 answering “自然资源局”对应3个单位，请问是哪一个？: the option offered for 安康 is picked "
                     "(its only unit held); the probe expected bare 安康 to be asked back",
    ("v72b-013", 6): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v71b-001", 4): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v71b-015", 5): "同一行，前一年是多少 after 这一行四个结果逐项加起来: the same sum of the parts in the year before (5), "
                     "labelled 各项之和; the probe wanted the printed total (0) and asked the parts' sum next",
    ("v72a-013", 3): "安康的呢 answering “自然资源局”对应3个单位，请问是哪一个？: the option offered for 安康 is picked "
                     "(its only unit held); the probe expected bare 安康 to be asked back",
    ("v70a-014", 5): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v69b-001", 6): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v69b-020", 2): "淮安市2024年同一栏是多少 after 那一件结果是维持吗 (直接起诉, 结果维持): that very cell of 淮安 (13), labelled "
                     "行政诉讼·未经复议直接起诉（结果维持）; the probe took 栏 for the row's total (26)",
    ("v68b-003", 5): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v67b-011", 5): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v66b-007", 3): "降了多少，降幅几成？给我件数和百分比: the change given as 少1343件 and 32.6% in one answer, with the two years' "
                     "cells cited (the probe takes the cited cells for the figures compared)",
    ("v65b-006", 3): "表三's balance in the 自然人 column, both sides with the four cells cited (the probe lists only the two sums)",
    ("v65b-006", 4): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v65b-017", 4): "各办理结果行逐项加起来，跟印的（七）总计一致吗: the sum (75) with every part cited and the printed total "
                     "beside it; the probe lists only the two totals, so the cited parts count as stray figures",
    ("v64b-001", 4): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v64b-010", 2): "少了多少？降幅多少？: the change given as 少1343件 and 32.6% in one answer, with the two years' cells cited "
                     "(the probe takes the cited cells for the figures compared)",
    ("v64b-011", 6): "所有办理结果逐项加起来，和表上印的总计一致吗: the sum (3050) with every part cited and the printed total "
                     "beside it; the probe lists only the two totals, so the cited parts count as stray figures",
    ("v62b-003", 3): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v62b-011", 3): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v61b-003", 2): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v61b-019", 3): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v61b-019", 4): "表三's balance in the 自然人 column, both sides with the four cells cited (the probe lists only the two sums)",
    ("v60a-014", 5): "安康呢 while the talk is about departments: its one unit held (安康市自然资源局), said in the answer; "
                     "the probe expected the ask-back a bare 安康 gets when asked on its own",
    ("v60b-011", 2): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v60b-011", 3): "办理结果各分项逐项加起来 against the printed total: the sum (3050) with every part cited and the printed "
                     "total said beside it; the probe lists only the two totals, so the cited parts count as stray figures",
    ("v59a-008", 1): "这几份年报里…最多 read as every report held (all nine ranked); the probe took the newest year only",
    ("v59b-019", 2): "同一格 after 本年增减呢 is the cell just asked (本年增/减, 0); the probe took the first cell asked (上一年项目数量)",
    ("v59b-019", 3): "这一格 is 本年增/减, as in the turn before (see above)",
    ("v59b-019", 4): "哪家最多 of 本年增/减, as in the turns before (see above)",
    ("v59b-017", 5): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v59b-017", 6): "表三's balance in the 自然人 column, both sides with the four cells cited (the probe lists only the two sums)",
    ("v58a-011", 4): "洪泽呢 after 行政查询事项占不予公开的多少: the same share, of 洪泽 (0 of 3, both cited), as X呢 carries the "
                     "last question; the probe went back to the 不予公开 total asked two turns before",
    ("v58a-011", 5): "再往前一年 goes on from the turn before (the same share, 2023), as above",
    ("v58a-014", 5): "淮安市政府2024年这个比例…跟洪泽比: 洪泽 read in the same year as 淮安 (2024, both cells cited); the probe "
                     "took 洪泽's two-year ratio shown before",
    ("v58b-016", 2): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v56b-014", 3): "表三's balance (收支对得上吗), both sides given with the four cells cited; the probe lists only the two sums, "
                     "so the cited cells count as stray figures",
    ("v57b-003", 6): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v57b-013", 6): "表三's balance, both sides given with the four cells cited (the probe lists only the two sums)",
    ("v54b-020", 2): "公开率 is 实质公开率, (予以公开 + 部分公开) ÷ 办理结果总计 in the column asked, its definition said in the "
                     "answer (商业企业: 28 ÷ 53); the probe took 予以公开 ÷ 本年新收",
    ("v54b-020", 4): "新收+上年结转 and 办结+结转下年 of one column, the four cells cited; the probe lists only the two sums, so "
                     "the cited cells count as stray figures",
    ("v53a-010", 1): "把上年结转的也算进去，一共 after 商业企业提了几件: the column the thread is on is kept and named in the answer "
                     "(本年新收 + 上年结转 of 商业企业); the probe took every applicant",
    ("v53a-014", 4): "新收+上年结转 and 办理结果总计+结转下年, both sides given with the four cells cited; the probe lists only the "
                     "two sums, so the cited cells count as stray figures",
    ("v53b-020", 3): "both sides of 表三's equation given with the four cells cited (scorer artefact)",
    ("v53b-020", 4): "both sides of 表三's equation given with the four cells cited (scorer artefact)",
    ("v52a-013", 3): "a bare follow-up after a share carries the share (还没审完的 after 纠正的占几成: 尚未审结's share, with the "
                     "count cited); the probe wanted the count",
    ("v51b-014", 6): "复议总计和分项之和对得上吗: the parts are added (11) and cited one by one, with the printed 0 said beside "
                     "them; the probe lists only the two totals, so the cited parts count as stray figures",
    ("v51b-017", 5): "公开率 is 实质公开率, (予以公开 + 部分公开) ÷ 办理结果总计 in the column asked, its definition said in the "
                     "answer (自然人: 1735 ÷ 2932); the probe took 予以公开 ÷ 本年新收 (1288 ÷ 3001)",
    ("v50a-011", 5): "安康的呢 in a thread about departments: 安康 holds one report, its 自然资源局, which is answered with a note "
                     "saying so; the probe wanted an ask-back",
    ("v50b-001", 4): "办理结果总计…顺便看看跟新收加上年结转能不能对上: both sides of 表三's equation are given (3119 + 34 = 3153, "
                     "3050 + 103 = 3153) with the four cells cited; the probe lists only 3050, so the sums count as stray",
    ("v38b-004", 2): "the parts are added up (11) and cited one by one, with the printed 0 said beside them; the probe lists "
                     "only the two totals, so the cited parts count as stray figures",
    ("v35a-008", 4): "两个比例差几个百分点 is answered in the order the two were asked (安康比秀洲低60个百分点), the gap said "
                     "with its direction; the probe wrote it unsigned from the other side",
    ("v35b-018", 1): "第二、第三呢 answers those two places of the ranking; the probe listed it from the first place",
    ("v34a-013", 3): "市政府呢 on a 2023 thread: 淮安市人民政府 holds only 2024, which is answered with a note saying so; "
                     "the probe wanted 'not held'",
    ("v34b-010", 3): "商业企业呢 after 自然人申请占比 carries the share (商业企业占本年新收的比例), as the answer says; the "
                     "probe wanted the count",
    ("v33a-017", 0): "no year given: the newest report is answered, and the answer says so",
    ("v32a-019", 0): "no year given: the newest report is answered, and the answer says so",
    ("v32a-012", 6): "两者差几个百分点 is answered in the order the two were asked (淮安市政府比洪泽低7.4个百分点), "
                     "the gap said with its direction; the probe wrote it unsigned",
    ("v32a-014", 3): "维持的呢 after 诉讼纠正率多少 carries the rate (维持占诉讼的比例), as the answer says; the probe "
                     "wanted the count",
    ("v30a-011", 0): "no year given: the newest report is answered, and the answer says so",
    ("v29a-017", 3): "最低的呢 showed the whole ranking from the lowest up, and 排第二 is read in the list shown (the answer "
                     "names it); the writer counted in the first ranking, from the highest",
    ("v29a-017", 4): "第一名 is read in the last list shown (from the lowest up), as the answer says",
    ("e-019", 1): "a ranking without a year takes the newest year held (2024), said in the answer; the probe "
                  "ranked every report of every year",
    ("v8-021", 0): "no year given: the newest report is answered, and the answer says so",
    ("v8-022", 4): "乍浦镇's name carries no 嘉兴, so it is not among 嘉兴's agencies; the answer says names are matched "
                   "by their words",
    ("v9-017", 0): "no year given: the newest report is answered, and the answer says so",
    ("e-019", 2): "它 is the agency that ranking put first (洪泽 2024), as the answer says",
    ("v16a-019", 0): "no year given: the newest report is answered, and the answer says so",
    ("v17a-001", 0): "no year given: the newest report is answered, and the answer says so",
    ("v18a-005", 0): "no year given: the newest report is answered, and the answer says so",
    ("v19a-019", 0): "no year given: the newest report is answered, and the answer says so",
    ("v20a-015", 0): "no year given: the newest report is answered, and the answer says so",
    ("v20a-014", 0): "both sides of 表三's equation are given (42 + 3 = 45, 44 + 1 = 45) with the four cells cited; the "
                     "probe lists only the two sums, so the cited cells count as stray figures",
    ("v26a-008", 4): "after 洪泽's two years were shown, 跟淮安市政府比呢 lists both of them beside 淮安市 2024, each cited; "
                     "the probe compares 2024 only, so 洪泽 2023's (right) figure counts as stray",
    ("v21b-018", 0): "no year given: the newest report is answered, and the answer says so",
    ("v21b-020", 4): "a ranking without a year takes the newest year held (2024), said in the answer; the probe ranked "
                     "every report of every year",
    ("v18a-009", 3): "the parts are added up (2) and cited one by one, with the printed 0 said beside them; the probe "
                     "lists only the two totals, so the cited parts count as stray figures",
    ("v18a-010", 4): "the count (10) and its share (47.6%) are both given: the share with the count and the whole it is "
                     "taken over cited; the probe lists only the count and the share, so the whole counts as stray",
    ("v27a-010", 0): "no year given: the newest report is answered, and the answer says so",
    ("v27b-009", 0): "no year given: the newest report is answered, and the answer says so",
    ("v28a-016", 1): "a ranking without a year takes the newest year held (2024), said in the answer; the probe "
                     "ranked every report of every year, so its second place differs",
    ("v42a-006", 1): "a printed 总计 is given as printed (0), with the failed check saying its parts add to 11; the probe "
                     "wanted the parts' sum",
    ("v42a-006", 2): "a printed 总计 is given as printed (0), with the failed check saying its parts add to 5; the probe "
                     "wanted the parts' sum",
    ("v42b-011", 3): "倒数第二 of a ranking of rates is answered with that one rate (安康 31.8%), its part and whole cited; "
                     "the probe listed the two lowest rates, so the cited counts read as a ranking",
    ("v43a-003", 3): "总共 of a table whose printed total disagrees with its parts: the parts are added up (11) and cited, "
                     "with the printed 0 said beside them; the probe wanted the printed 0",
    ("v44b-020", 5): "总共 of a table whose printed total disagrees with its parts: the parts are added up (5) and cited, "
                     "with the printed 0 said beside them; the probe wanted the printed 0",
    ("v49b-011", 4): "both sides of 表三's equation are given (42 + 3 = 45, 44 + 1 = 45) with the four cells cited; the probe "
                     "lists only the two sums, so the cited cells count as stray figures",
    ("v48b-010", 4): "both sides of 表三's equation are given (74 + 1 = 75, 75 + 0 = 75) with the four cells cited; the probe "
                     "lists only the two sums, so the cited cells count as stray figures",
    ("v47b-006", 5): "both sides of 表三's equation in the 自然人 column are given (38 + 3 = 41, 44 + 1 = 45) with the four cells "
                     "cited; the probe lists only the two sums, so the cited cells count as stray figures",
    ("v47b-017", 3): "2024年呢？多了几件: the change (多21件) with both years' cells cited; the probe lists 31 and 21, so the cited "
                     "2023 cell (10) counts as stray",
    ("v47b-020", 2): "印的总计和分项之和各是多少: the parts are added up (11) and cited one by one, with the printed 0 said beside "
                     "them; the probe lists only the two totals, so the cited parts count as stray figures",
    ("v46b-017", 1): "各家报告里 ranks every report of every year (as the answer says), so 第二名 is 安康 2020 (22); the probe "
                     "ranked 2024 only",
    ("v46b-017", 2): "两家 are the first two of that ranking of every report (454 − 22); the probe ranked 2024 only",
    ("v45a-001", 3): "淮安呢 on a 2023 thread: 淮安市人民政府 holds only 2024, which is answered with a note saying so; the "
                     "probe wanted 'not held'",
    ("v45a-020", 3): "平潭呢 on a 2024 thread: 平潭综合实验区 holds only 2022, which is answered with a note saying so; the "
                     "probe wanted 'not held'",
    ("v45b-017", 6): "both sides of 表三's equation are given (3119 + 34 = 3153, 3050 + 103 = 3153) with the four cells cited; "
                     "the probe lists only the two sums, so the cited cells count as stray figures",
    ("v44a-016", 2): "a bare follow-up after a share carries the share (其中法律服务机构呢: its share, with the count cited); "
                     "the probe wanted the count",
    ("v44a-016", 3): "a bare follow-up after a share carries the share (自然人呢: its share, with the count cited); the probe "
                     "wanted the count",
    ("v44a-019", 0): "淮安市 spelt right with only 政府 misspelt (人民正府) is read as 淮安市, its government, said in the "
                     "answer; the probe wanted an ask-back",
    ("v44b-011", 0): "淮安市 spelt right with only 政府 misspelt (人民政付) is read as 淮安市, its government, said in the "
                     "answer; the probe wanted an ask-back",
    ("v44b-014", 1): "你们收录的报告里 ranks every report of every year (as the answer says, 共9个), so 第二名 is 秀洲分局 2020; "
                     "the probe ranked 2024 only",
    ("v44b-014", 5): "两家 after 它和发改委差几件 are the two just compared (淮安市政府 and 发改委); the probe meant the first two "
                     "of the ranking before",
    ("v44b-014", 6): "两家 after 它和发改委差几件 are the two just compared (淮安市政府 and 发改委); the probe meant the first two "
                     "of the ranking before",
}


def _items(name: str) -> list[dict]:
    return yaml.safe_load((BLIND / name).read_text(encoding="utf-8"))


def _number(x) -> float | None:
    try:
        return None if x is None or isinstance(x, bool) else float(x)
    except (TypeError, ValueError):
        return None


def _in_yuan(value, unit: str):
    v = _number(value)
    return v * 10000 if v is not None and "万元" in (unit or "") else v


def wrong_figure(turn: dict, ans) -> str | None:
    """Why the answer states a wrong number, or None."""
    stated = [f for f in ans.figures if f.value is not None]
    gives = (ans.kind in ("figure", "total") and (ans.value is not None or stated)) or (ans.kind == "table" and stated)
    expect = turn["expect"]
    if expect in ("clarify", "not_found", "no_figure"):
        return f"a figure where none may be given: {ans.text[:200]}" if gives else None
    if not gives:
        return None
    tol = 0.11 if expect == "rate" else 0.005
    wanted = [_number(turn.get(k)) for k in ("value", "alt_value") if _number(turn.get(k)) is not None]

    def ok(v) -> bool:
        # a difference, or a change or gap in percent said with its direction in words (下降32.6%, 低8个百分点),
        # may come unsigned
        unsigned = expect == "diff" or (expect == "rate" and ans.op in ("change", "difference"))
        return v is not None and any(abs(v - w) <= tol or (unsigned and abs(abs(v) - abs(w)) <= tol) for w in wanted)

    if expect in ("figure", "total", "diff", "rate"):
        if ans.kind == "total" or ans.unit == "%":
            # (a multiple, 10.5倍, is a number of its own: never converted as the money it was computed from)
            v = _number(ans.value) if ans.unit in ("%", "倍") else _in_yuan(ans.value, ans.figures[0].unit if ans.figures else "")
            return None if ok(v) else f"stated {ans.value}{ans.unit}, expected {turn.get('value')}"
        if ans.kind == "figure":
            v = _in_yuan(stated[0].value, stated[0].unit)
            return None if ok(v) else f"stated {stated[0].value}{stated[0].unit}, expected {turn.get('value')}"
        return None  # a table of cited cells (e.g. both years instead of their difference): not a wrong number
    values = [_number(v) for v in turn.get("values") or []]
    got = [_in_yuan(f.value, f.unit) for f in stated]
    if not values:
        return None
    if expect == "compare" and ans.kind == "total" and ans.value is not None and any(
            abs(_number(ans.value) - v) <= tol for v in values if v is not None):
        return None  # a check answered by its sum (one of the figures compared), its addends cited beside it
    if expect == "ranking":
        if len(got) == 1:  # 第N名: the one figure asked for
            return None if any(abs(got[0] - v) <= tol for v in values) else f"stated {got}, expected one of {values}"
        head = got[: len(values)]
        return None if all(abs(a - b) <= tol for a, b in zip(head, values, strict=False)) else f"ranked {head}, expected {values}"
    stray = [g for g in got if not any(abs(g - v) <= tol for v in values)]  # a figure left out is no wrong figure
    return f"compared {got}, expected {values}" if stray else None


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, sample_db) -> Assistant:
    db = tmp_path_factory.mktemp("blind") / "index.db"
    shutil.copy(sample_db, db)
    return Assistant(db, SAMPLE_REPORTS)


def _round(path: Path) -> int:
    """conversations_round12.yaml → 12; the files of round 1 (no number) come first."""
    digits = "".join(ch for ch in path.stem if ch.isdigit())
    return int(digits) if digits else 1


SINGLE = [q for path in sorted(BLIND.glob("q_*.yaml"), key=lambda p: (_round(p), p.name)) for q in _items(path.name)]
CONVERSATIONS = [c for path in sorted(BLIND.glob("conversations*.yaml"), key=lambda p: (_round(p), p.name))
                 for c in _items(path.name)]


@pytest.mark.parametrize("probe", SINGLE, ids=[q["id"] for q in SINGLE])
def test_blind_question_never_gets_a_wrong_figure(assistant, probe):
    if probe["id"] in ACCEPTED:
        pytest.skip(ACCEPTED[probe["id"]])
    why = wrong_figure(probe, assistant.answer(probe["q"]))
    assert why is None, f"{probe['q']}: {why}"


@pytest.mark.parametrize("conv", CONVERSATIONS, ids=[c["id"] for c in CONVERSATIONS])
def test_blind_conversation_never_gets_a_wrong_figure(assistant, conv):
    chat = Conversation()
    for i, turn in enumerate(conv["turns"]):
        answer = assistant.answer(turn["q"], chat)
        if (conv["id"], i) in ACCEPTED_TURNS:
            continue
        why = wrong_figure(turn, answer)
        assert why is None, f"{turn['q']}: {why}"
