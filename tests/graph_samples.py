"""A small hand-built policy graph that follows the README graph model, for tests of pure graph functions.

Three regions: 甲县 and 乙县 in 某市 (某省), 丙区 in 另一市 (另一省); four documents:

| doc | region | year | programs | indicators |
|---|---|---|---|---|
| d1 | 甲县 | 2019 | 班班通, 国培计划 | 学前三年毛入园率 (target) |
| d2 | 甲县 | 2021 | 班班通, 县管校聘 (through a responsibility) | 学前三年毛入园率 (target) |
| d3 | 乙县 | 2020 | 班班通, 县管校聘 | 九年义务教育巩固率 (observation) |
| d4 | 丙区 | 2021 (FOR_YEAR only) | 营养改善计划 | 学前三年毛入园率 (target) |
"""

from __future__ import annotations

import networkx as nx

from edukg.networkx_graph import build_graph

REGIONS = {
    "某省": ("某省", "province", None),
    "某省/某市": ("某市", "city", "某省"),
    "某省/某市/甲县": ("甲县", "county", "某省/某市"),
    "某省/某市/乙县": ("乙县", "county", "某省/某市"),
    "另一省": ("另一省", "province", None),
    "另一省/另一市": ("另一市", "city", "另一省"),
    "另一省/另一市/丙区": ("丙区", "county", "另一省/另一市"),
}


def policy_graph() -> nx.MultiDiGraph:
    """The graph of the module docstring, built through `edukg.networkx_graph.build_graph`."""
    rows: list[tuple] = []

    def node(label: str, id_: str, **props) -> None:
        rows.append((label, {"id": id_, **props}))

    def rel(a_label: str, a: str, rel_type: str, b_label: str, b: str) -> None:
        rows.append((a_label, a, rel_type, {}, b_label, b))

    for id_, (name, level, parent) in REGIONS.items():
        node("Region", id_, name=name, level=level, aliases=[name + "人民政府辖区"] if level == "county" else [])
        if parent:
            rel("Region", id_, "PART_OF", "Region", parent)
    for year in (2019, 2020, 2021):
        node("Year", str(year), value=year)
    for name in ("国培计划", "县管校聘", "营养改善计划"):
        node("Program", name, name=name, aliases=[])
    node("Program", "班班通", name="班班通", aliases=["班班通工程", "班班通;建设"])
    for name, unit in (("学前三年毛入园率", "%"), ("九年义务教育巩固率", "%")):
        node("Indicator", name, name=name, unit=unit)
    node("Theme", "教育信息化", name="教育信息化")
    rel("Program", "班班通", "HAS_THEME", "Theme", "教育信息化")
    node("Agency", "甲县教育局", name="甲县教育局", type="教育行政部门", aliases=[])
    node("Agency", "机构编制部门", name="机构编制部门", type="编制部门", aliases=[])

    docs = {
        "d1": ("某省/某市/甲县", 2019, ["班班通", "国培计划"]),
        "d2": ("某省/某市/甲县", 2021, ["班班通"]),
        "d3": ("某省/某市/乙县", 2020, ["班班通", "县管校聘"]),
        "d4": ("另一省/另一市/丙区", None, ["营养改善计划"]),
    }
    for doc, (region, year, programs) in docs.items():
        props = {"title": f"{REGIONS[region][0]}教育工作要点", "kind": "工作要点", "source": f"/corpus/{doc}.txt"}
        if year is not None:
            props.update(plan_year=year, published=f"{year - 1}-12-30")
        node("Document", doc, **props)
        rel("Document", doc, "IN_REGION", "Region", region)
        rel("Document", doc, "FOR_YEAR", "Year", str(year or 2021))
        for p in programs:
            rel("Document", doc, "MENTIONS_PROGRAM", "Program", p)
    rel("Document", "d1", "ISSUED_BY", "Agency", "甲县教育局")
    rel("Document", "d1", "MENTIONS_AGENCY", "Agency", "甲县教育局")

    quantities = {
        "t1": ("Target", "d1", "学前三年毛入园率", 85, 2019),
        "t2": ("Target", "d2", "学前三年毛入园率", 90.5, 2021),
        "o1": ("Observation", "d3", "九年义务教育巩固率", 99.2, None),
        "t3": ("Target", "d4", "学前三年毛入园率", 88, 2021),
    }
    for qid, (label, doc, indicator, value, year) in quantities.items():
        props = {"indicator": indicator, "value": value, "unit": "%", "comparator": ">=", "doc_id": doc}
        if year is not None:
            props["year"] = year
        node(label, qid, **props)
        rel("Document", doc, "SETS_TARGET" if label == "Target" else "REPORTS", label, qid)
        rel(label, qid, "MEASURES", "Indicator", indicator)
        if year is not None:
            rel(label, qid, "FOR_YEAR", "Year", str(year))
        ev = "e-" + qid
        node("Evidence", ev, text=f"{indicator}达到{value}%以上", start=10, end=24, section="(一)", doc_id=doc)
        rel("Evidence", ev, "SUPPORTS", label, qid)
        rel("Evidence", ev, "IN_DOCUMENT", "Document", doc)
    rel("Target", "t1", "ASSIGNED_TO", "Agency", "甲县教育局")

    node("Responsibility", "r1", duty="核定教职工编制\n落实县管校聘", doc_id="d2")
    rel("Document", "d2", "ASSIGNS", "Responsibility", "r1")
    rel("Responsibility", "r1", "HELD_BY", "Agency", "机构编制部门")
    rel("Responsibility", "r1", "CONCERNS", "Program", "县管校聘")
    node("Reference", "国家中长期教育改革和发展规划纲要", title="国家中长期教育改革和发展规划纲要")
    rel("Document", "d3", "CITES", "Reference", "国家中长期教育改革和发展规划纲要")
    rel("Document", "d3", "HAS_THEME", "Theme", "教育信息化")
    return build_graph(rows)
