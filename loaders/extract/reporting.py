"""Whether a document reports what was done rather than plans: a review, an inspection's findings,
a reply to a deputy, or news that is not of a plan. In such a document only what a sentence says is
planned is a target, and only a charge laid on a body is its duty."""

from __future__ import annotations

import re

from edukg.loaders.model import StructuredDocument

__all__ = ["tells_what_was_done"]

_PLAN_NEWS = re.compile(
    # (通过实施…计划: by carrying out a plan, not one passed; 作了关于落实《政府工作报告》目标任务情况的报告:
    # how far a plan was carried out, which is a report)
    r"(?:出台|印发|发布|提出|明确|通过(?!实施|开展|推进|落实)|制定|作(?!者))[^。]{0,30}(?:规划|计划|方案|要点|意见|纲要|目标|工作报告)"
    r"(?![^。，,]{0,8}情况)|"
    r"(?:规划|计划|方案|要点|意见|纲要)[^。]{0,10}(?:出台|印发|发布|提出|明确|规定)"
)
_PLAN_NEWS_REACH = 400
# a speech, and a government's work report, look back to plan the year they open
_SPEECH = re.compile(r"讲话|同志们|政府工作报告")
# an official's account of the year's work (述职述责述廉报告): a report, whoever it addresses as 同志们
_ACCOUNT = re.compile(r"述职|述责|述廉")
# a reply to a deputy's proposal tells what has been done, and what is planned in words that say so
_REPLY = re.compile(r"答复|复函|的回复|回复单")
# what an inspection or evaluation found (督导检查反馈意见, 督导评估报告): a report, whatever its kind
_FINDINGS = re.compile(r"反馈意见|督导(?:检查|评估)?(?:报告|情况|结果)|评估(?:报告|结果)|检查情况|验收情况")


def tells_what_was_done(doc: StructuredDocument) -> bool:
    """Whether the document reports rather than plans."""
    kind = doc.metadata.kind
    title, opening = doc.metadata.title or "", doc.norm.text[:_PLAN_NEWS_REACH]
    if (kind == "报告" and not _SPEECH.search(title + opening)) or _FINDINGS.search(title) or _REPLY.search(title):
        return True
    if _ACCOUNT.search(title):
        return True
    return kind == "新闻" and not (_PLAN_NEWS.search(title) or _PLAN_NEWS.search(opening))
