"""Round 36b: the copyright programmes nearly every county's 强县 plan gives its publicity department (委宣传部
（版权局）): works registered (作品登记, 版权登记, 软件著作权登记, 花样版权登记), copyright demonstration units, parks
and cities (全国版权示范单位创建), and the government's legal software (软件正版化, 使用正版软件).

What was read wrong before: none of them was a programme (programs.yaml named only the 剑网 campaign for
copyright), so a plan's copyright work recurred across regions unseen.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "浏阳市知识产权强县建设示范县工作方案\n\n一、重点任务\n"


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        [
            ("推动烟花燃放效果作品登记，建设版权保护中心。", "copyright_registration"),
            ("开展花样版权登记服务。", "copyright_registration"),
            ("推进软件著作权登记。", "copyright_registration"),
            ("开展全国版权示范单位创建。", "copyright_demonstration"),
            ("争创省级版权示范园区（基地）。", "copyright_demonstration"),
            ("推进软件正版化工作，实现党政机关软件正版化全覆盖。", "software_legalisation"),
            ("推进使用正版软件工作。", "software_legalisation"),
        ]
    )
)
def test_a_copyright_programme_is_found(case: tuple[str, str]) -> None:
    words, programme = case
    doc, _ = extracted(f"{HEAD}1.{words}（责任单位：市委宣传部（市版权局））\n")
    assert programme in {m.program_id for m in doc.programs}


def test_words_that_only_look_alike_are_none() -> None:
    doc, _ = extracted(f"{HEAD}1.做好企业登记注册和商标注册服务。（责任单位：市市场监管局）\n")
    assert not {m.program_id for m in doc.programs} & {
        "copyright_registration",
        "copyright_demonstration",
        "software_legalisation",
    }
