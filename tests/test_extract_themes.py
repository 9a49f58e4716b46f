import pytest
from structured_samples import structured

from edukg.loaders.extract.themes import document_themes, theme_of


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("新建公办幼儿园5所", "学前教育"),
        ("推进班班通建设", "教育信息化"),
        ("加强师德师风建设", "教师队伍"),
        ("落实党风廉政建设责任", "党建与廉政"),
        ("天气晴朗", None),
    ],
)
def test_theme_of(text, theme):
    assert theme_of(text) == theme


def test_document_themes_most_frequent_first():
    text = "新建幼儿园3所。扩大学前教育资源。幼儿园教师培训。规范幼儿园收费。加强师德建设。"
    themes = document_themes(structured(text))
    assert themes[0] == "学前教育"
    assert "党建与廉政" not in themes
