"""Responsibilities: who the document makes answerable for what.

A clause opening with one or more agencies and a duty verb (学校担负…主体责任,
机构编制部门核定编制总量, 县政府督查室、教育督导室每月…通报) assigns the rest of
the clause — continued over following clauses that open with no agency of
their own — to each agency. A working group's 工作职责 and 工作目标 items are its duties.
"""

from __future__ import annotations

import re

from edukg.loaders.extract.agencies import AgencyMatcher, WorkingGroups
from edukg.loaders.extract.programs import programs_in
from edukg.loaders.extract.text import clauses
from edukg.loaders.model import Responsibility, StructuredDocument

__all__ = ["extract_responsibilities"]

_SEGMENT = re.compile(r"[^；;。！？!?]+")
_LIST_SPLIT = re.compile(r"和|及|与|、")
_DUTY_LEAD = re.compile(r"^(?:要|必须|应当|应|须)")
_ITEM_NUMBER = re.compile(r"^\s*[(（]?\s*[\d一二三四五六七八九十]+\s*[)）.、．]?\s*")
_MAX_CONTINUATION = 2
# (责任单位:县教育局、县财政局) after a task; 牵头单位/配合单位 alike
_UNIT_LIST = re.compile(r"[(（]?\s*(?:牵头|责任|主责|配合|协办|实施)(?:单位|部门)\s*[:：]\s*(?P<list>[^()（）。;；\n]+)")
_UNIT_SPLIT = re.compile(r"[、,，\s]+")
# 该项工作由县教育局负责
_BY = re.compile(r"由(?=[^，,；;。]{2,20}?(?:负责|牵头|组织实施|承担))")
# a clause opening with these is a condition or an action, not an agency as subject
_NOT_SUBJECT = re.compile(
    r"^(?:凡是|凡|涉及|发生|对|在|把|将|按照|根据|通过|如果|如|若|提高|提升|加强|推进|实现|确保|鼓励|支持|引导|动员|邀请|"
    r"组织|参加|参与|发挥|依托|利用|指导|帮助|推动|促进|为|与|同|让|使|成立|设立|建立|组建)|由"
)


def _holders(subject: str, matcher: AgencyMatcher) -> list[str]:
    """Split 县政府督查室、教育督导室 into agencies. Separators inside a known name
    (人力资源和社会保障部门) do not split; a bare place joins the next agency over 、."""
    protected = matcher.names_in(subject)
    names: list[str] = []
    pending = ""
    pos = 0
    for sep in _LIST_SPLIT.finditer(subject):
        if any(s <= sep.start() < e for s, e in protected):
            continue
        piece = pending + subject[pos : sep.start()]
        pos = sep.end()
        if matcher.subject.match(piece + "负责"):
            names.append(piece)
            pending = ""
        else:
            pending = piece + sep.group() if sep.group() == "、" else ""
    names.append(pending + subject[pos:])
    return [matcher.normalize(n) for n in names if n and "的" not in n]


def extract_responsibilities(
    doc: StructuredDocument, matcher: AgencyMatcher, groups: WorkingGroups
) -> list[Responsibility]:
    found: list[Responsibility] = []
    for i, sent in enumerate(doc.sentences):
        text = sent.text
        group = groups.duties[i] or groups.goals[i]
        if group:  # an item of a working group's duties or goals
            duty = _ITEM_NUMBER.sub("", text).strip("；;。 ")
            duty = re.sub(r"^.*(?:工作职责|主要职责|工作目标|目标任务)[:：]\s*", "", duty)
            duty = _ITEM_NUMBER.sub("", duty)
            if len(duty) >= 4:
                programs = programs_in(duty)
                found.append(
                    Responsibility(
                        matcher.normalize(group), duty, doc.evidence(sent), programs[0] if programs else None
                    )
                )
            continue
        found.extend(_unit_lists(doc, i, matcher))
        for seg in _SEGMENT.finditer(text):
            spans = [(seg.start() + s, seg.start() + e) for s, e in clauses(seg.group())]
            j = 0
            while j < len(spans):
                cs, ce = spans[j]
                by = _BY.search(text, cs, ce)
                m = matcher.subject.match(text[by.end() if by else cs : ce])
                if by and m:  # the task before 由 is part of the duty
                    task = text[cs : by.start()].strip()
                    holders = _holders(m["subj"], matcher)
                    duty = task or m["rest"]
                    evidence = doc.evidence(sent, sent.start + cs, sent.start + ce)
                    programs = programs_in(text)
                    found.extend(Responsibility(h, duty, evidence, programs[0] if programs else None) for h in holders)
                    j += 1
                    continue
                if not m or "的" in m["subj"] or _NOT_SUBJECT.search(m["subj"]):
                    j += 1
                    continue
                end, k = ce, j + 1
                # a clause without its own duty (教体部门在编制总量内,) continues into the next ones
                if "责任" not in m["rest"]:
                    while (
                        k < len(spans)
                        and k - j <= _MAX_CONTINUATION
                        and not matcher.subject.match(text[spans[k][0] : spans[k][1]])
                    ):
                        end = spans[k][1]
                        k += 1
                duty = _DUTY_LEAD.sub("", text[cs + m.start("rest") : end]).strip()
                if len(duty) >= 2:
                    programs = programs_in(text)
                    evidence = doc.evidence(sent, sent.start + cs, sent.start + end)
                    for holder in _holders(m["subj"], matcher):
                        found.append(Responsibility(holder, duty, evidence, programs[0] if programs else None))
                j = k
    return found


def _unit_lists(doc: StructuredDocument, i: int, matcher: AgencyMatcher) -> list[Responsibility]:
    """Responsibilities of a (责任单位:…) list: the task is the text before it, else the section heading."""
    sent = doc.sentences[i]
    lists = list(_UNIT_LIST.finditer(sent.text))
    if not lists:
        return []
    task = _ITEM_NUMBER.sub("", sent.text[: lists[0].start()]).strip(" ,，;；。:：")
    if not task and i and doc.sentences[i - 1].section == sent.section:
        task = _ITEM_NUMBER.sub("", doc.sentences[i - 1].text).strip(" ,，;；。")
    if not task and sent.section is not None:
        task = doc.sections[sent.section].heading
    if not task:
        return []
    programs = programs_in(task)
    evidence = doc.evidence(sent)
    return [
        Responsibility(matcher.normalize(name), task, evidence, programs[0] if programs else None)
        for m in lists
        for name in _UNIT_SPLIT.split(m["list"].strip())
        if name and (matcher.is_name(name) or matcher.subject.match(name + "负责"))
    ]
