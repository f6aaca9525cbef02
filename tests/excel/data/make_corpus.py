"""Writes the corpus of office sheets in this folder: python tests/excel/data/make_corpus.py.

Each sheet is laid out as district offices keep their own tracking sheets: a title and a reference date above
the table, merged group headers, numbered rows, a totals row and footnotes below, local status words and
dates typed the local way. The files are committed; run this again after changing it, and commit the result.
The programs a person reading each sheet would enter are in tests/excel/test_office_corpus.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
# A fixed time in the files' properties, so that writing them again gives the same content.
FIXED = dt.datetime(2024, 4, 1, 9, 0, 0)


def _save(wb: openpyxl.Workbook, name: str) -> None:
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "make_corpus.py"
    wb.save(HERE / name)


def korean_monthly_status() -> None:
    """도봉구's monthly status sheet: title, reference date, 연번, 담당부서, 진척률(%), 합계, ※ footnotes."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3월 추진현황"
    ws["A1"] = "2024년 도봉구 주요사업 추진현황 (3월)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "기준일: 2024. 3. 31."
    ws.merge_cells("A2:I2")
    ws.append([])
    ws.append(["연번", "사업명", "자치구", "담당부서", "추진상황", "진척률(%)", "시작일", "종료일", "비고"])
    rows = [
        [1, "도봉 나눔카 확대", "도봉구", "교통행정과", "정상추진", 60, "2024.3.", "2024. 12. 31.", None],
        [2, "창동 마을정원 조성", "도봉구", "공원녹지과", "추진 중", "45%", "'24.2.", "24.10.31", "부지 협의 완료"],
        [3, "어르신 일자리 박람회", "도봉구", "일자리정책과", "완료", 100, "2024년 3월 5일", "2024년 3월 5일", None],
        [4, "청소년 참여예산 학교", "도봉구", "기획예산과", "지연", 20, "2024.1.", "2024년 11월", None],
        [5, "탄소중립 실천 캠페인", "도봉구", "환경정책과", "미착수", 0, "2024.6.", "2024.12.", None],
    ]
    for r in rows:
        ws.append(r)
    ws.append([None, "소계", None, None, None, None, None, None, None])
    ws.append(["합계", None, None, None, None, None, None, None, "5건"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.append([])
    ws.append(["※ 진척률은 담당부서 제출 기준임"])
    ws.append(["* 사업기간은 계획 기준"])
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    _save(wb, "kr_dobong_monthly_status.xlsx")


def chinese_status() -> None:
    """盐田区's status sheet: 序号, 项目名称, 责任单位, 进展情况, 完成率, 合计, 注：."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点项目进展"
    ws["A1"] = "盐田区2024年重点民生项目进展情况表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "统计截至：2024年3月31日"
    ws.append(["序号", "项目名称", "所在区", "责任单位", "进展情况", "完成率", "开始时间", "完成时限"])
    rows = [
        [1, "社区长者食堂", "盐田区", "区民政局", "正常推进", "60%", "2024年1月", "2024年12月"],
        [2, "海滨栈道提升", "盐田区", "区城管局", "已完成", 1.0, "2023/9/1", "2024/3/15"],
        [3, "垃圾分类示范小区", "盐田区", "区城管局", "滞后", 0.3, "2024年2月", "2024年10月"],
        [4, "青年人才驿站", "盐田区", "区人力资源局", "未启动", 0, "2024年6月", "2024年12月"],
    ]
    for r in rows:
        ws.append(r)
    ws.append(["合计", None, None, None, None, None, None, None])
    ws.append(["注：完成率按责任单位报送数据填写。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
    _save(wb, "cn_yantian_status.xlsx")


def committee_tasks() -> None:
    """A committee's task sheet with a two-row header: 사업기간 merged over 시작일 and 종료일."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "위원회 과제"
    ws["A1"] = "2024 주민자치위원회 과제 관리표"
    ws.merge_cells("A1:F1")
    ws.append(["연번", "과제명", "주관부서", "사업기간", None, "추진상황"])
    ws.append([None, None, None, "시작일", "종료일", None])
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"):
        ws.merge_cells(rng)
    ws.append(["1. 주민참여 분야"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    ws.append([1, "주민총회 개최", "자치행정과", "2024.4.", "2024.4.", "계획"])
    ws.append([2, "마을의제 발굴", "자치행정과", "24.03.05", "24.11.30", "정상 추진"])
    ws.append(["2. 복지 분야"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    ws.append([3, "이웃돌봄 네트워크", "복지정책과", "2024년 3월", "2024년 12월", "보류"])
    ws.append(["계", None, None, None, None, None])
    _save(wb, "kr_committee_two_row_header.xlsx")


def unknown_places() -> None:
    """A district's sheet by neighbourhood: 창동 and 쌍문동 are not in the app yet, nor is 마포구 next door."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "동별 현황"
    ws["A1"] = "도봉구 동별 마을사업 현황"
    ws.merge_cells("A1:E1")
    ws.append(["연번", "사업명", "행정동", "추진상황", "진척률"])
    ws.append([1, "창동 골목 정원", "창동", "추진중", "30%"])
    ws.append([2, "쌍문동 공유 부엌", "쌍문동", "계획", None])
    ws.append([3, "도봉 둘레길 정비", "도봉구", "완료", "100%"])
    ws.append([4, "마포 연계 청년 축제", "마포구", "예정", None])
    ws.append(["합 계", None, None, None, None])
    _save(wb, "kr_unknown_places.xlsx")


def chinese_committee_tasks() -> None:
    """A Chinese committee's task sheet with a two-row header: 时间安排 merged over 开始时间 and 完成时限."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点工作任务"
    ws["A1"] = "盐田区2024年社区治理委员会重点工作任务分解表"
    ws.merge_cells("A1:G1")
    ws["A2"] = "（截至2024年6月30日）"
    ws.merge_cells("A2:G2")
    ws.append(["序号", "工作任务", "牵头单位", "责任人", "时间安排", None, "进展情况"])
    ws.append([None, None, None, None, "开始时间", "完成时限", None])
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4"):
        ws.merge_cells(rng)
    ws.append(["一、基层治理"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append([1, "社区议事厅建设", "区民政局", "王芳", "2024年3月", "2024年9月", "推进中"])
    ws.append([2, "楼栋长队伍培训", "区民政局", "李强", "2024/4/1", "2024/6/30", "已完成"])
    ws.append(["二、公共服务"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append([3, "社区图书角", "区文体局", "陈静", "2024年7月", "2024年12月", "计划"])
    ws.append([4, "夜间便民服务点", "区城管局", None, "2024年1月", "2024年12月", "搁置"])
    ws.append(["注：完成时限以区委会议确定为准。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    _save(wb, "cn_committee_two_row_header.xlsx")


def korean_budget_status() -> None:
    """강동구's participatory budget sheet: 예산(백만원), 집행액, 집행률(%), a 합계 row and a ※ footnote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "집행현황"
    ws["A1"] = "2024년 강동구 주민참여예산 사업 집행현황"
    ws.merge_cells("A1:H1")
    ws["A2"] = "(2024. 6. 30. 기준)"
    ws.merge_cells("A2:H2")
    ws.append(["연번", "사업명", "담당부서", "예산(백만원)", "집행액", "집행률(%)", "추진상황", "비고"])
    rows = [
        [1, "천호동 골목 쉼터", "공원녹지과", 120, 60, 50, "정상 추진", None],
        [2, "성내천 산책로 조명", "치수과", 300, 300, 100, "준공", None],
        [3, "어린이 안전 통학로", "교통행정과", "450", None, "20%", "추진중", "집행액 미제출"],
        [4, "경로당 건강 교실", "어르신복지과", 80, 0, 0, "예정", None],
    ]
    for r in rows:
        ws.append(r)
    ws.append(["합계", None, None, 950, 360, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.append(["※ 집행률 = 집행액 / 예산 x 100"])
    _save(wb, "kr_budget_status.xlsx")


def chinese_totals_and_notes() -> None:
    """南京市's sheet of practical projects: sections with 小计, a 合计, 预算(万元), and 注： / 备注： below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "为民办实事"
    ws["A1"] = "南京市2024年为民办实事项目完成情况统计表"
    ws.merge_cells("A1:I1")
    ws["A2"] = "统计截至：2024年9月30日"
    ws.append(["序号", "项目名称", "所在区", "责任单位", "预算(万元)", "执行金额", "执行率", "进展情况", "备注"])
    ws.append(["（一）民生保障"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    ws.append([1, "老旧小区加装电梯", "玄武区", "市住建局", 2000, 1500, 0.75, "正常推进", None])
    ws.append([2, "社区嵌入式托育", "秦淮区", "市卫健委", 500, 500, 1, "已完成", "已验收"])
    ws.append([None, "小计", None, None, 2500, 2000, None, None, None])
    ws.append(["（二）城市更新"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    ws.append([3, "口袋公园提升", "玄武区", "市绿化园林局", 800, 200, 0.25, "滞后", None])
    ws.append([None, "小 计", None, None, 800, 200, None, None, None])
    ws.append(["合计", None, None, None, 3300, 2200, None, None, None])
    ws.append(["注：执行率＝执行金额÷预算。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    ws.append(["备注：数据由各责任单位报送。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    _save(wb, "cn_totals_and_notes.xlsx")


def korean_neighbourhoods() -> None:
    """강동구's sheet by neighbourhood: 천호동, 암사동 and 길동 are not in the app yet; they go under 강동구."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "동별 사업"
    ws["A1"] = "강동구 동별 주민자치 사업 추진현황"
    ws.merge_cells("A1:F1")
    ws["A2"] = "2024년 5월 31일 현재"
    ws.append(["순번", "사업명", "행정동", "주관부서", "진행상태", "진척률"])
    ws.append([1, "천호동 나눔 냉장고", "천호동", "천호동 주민센터", "진행 중", 0.5])
    ws.append([2, "암사동 선사 축제", "암사동", "암사동 주민센터", "계획", 0])
    ws.append([3, "길동 생태공원 가꾸기", "길동", "공원녹지과", "추진중", 0.8])
    ws.append([4, "강동 주민자치 박람회", "강동구", "자치행정과", "완료", 1])
    ws.append(["계", None, None, None, None, None])
    ws.append(["※ 진척률은 동 주민센터 제출 기준"])
    _save(wb, "kr_neighbourhoods.xlsx")


def korean_sheet_to_correct() -> None:
    """도봉구's sheet that needs the preview's corrections: its 담당 column holds departments (not the person in
    charge), and a program added by hand is starred like a footnote (* ... (신규)). Two place columns too."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "4월 추진현황"
    ws["A1"] = "2024년 도봉구 동 단위 사업 추진현황 (4월)"
    ws.merge_cells("A1:H1")
    ws["A2"] = "기준일: 2024. 4. 30."
    ws.append(["번호", "사업명", "자치구", "행정동", "담당", "추진상황", "진척률(%)", "비고"])
    ws.append([1, "방학동 골목 정원", "도봉구", "방학동", "공원녹지과", "정상추진", 40, None])
    ws.append([2, "쌍문동 어르신 쉼터", "도봉구", "쌍문동", "어르신복지과", "완료", 100, None])
    ws.append([None, "* 창동 청년 공유공간(신규)", "도봉구", "창동", "청년정책과", "계획", 0, "4월 추가"])
    ws.append(["합계", None, None, None, None, None, None, "3건"])
    ws.append(["※ 담당은 주관부서임"])
    _save(wb, "kr_preview_corrections.xlsx")


def libreoffice_file(soffice: str | None = None) -> bool:
    """A district's sheet as LibreOffice writes it: made here, then saved by LibreOffice Calc as .xlsx (its own
    <dimension>, styles and date cells). False when LibreOffice is not installed (the file stays as it is)."""
    soffice = soffice or shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "월간현황"
    ws["A1"] = "도봉구 생활SOC 사업 월간 추진현황"
    ws["A2"] = "기준일: 2024. 4. 30."
    ws.append(["연번", "사업명", "담당부서", "진행상황", "진척률", "착수일", "완료예정일", "비고"])
    ws.append([1, "도봉 국민체육센터", "체육진흥과", "추진중", 0.45, dt.date(2023, 5, 2), dt.date(2025, 6, 30), None])
    ws.append([2, "방학 공영주차장", "주차관리과", "정상추진", 0.7, dt.date(2023, 11, 1), "2024.12.", None])
    ws.append([3, "창동 작은도서관", "문화체육과", "준공", 1, "2023. 3. 2.", "2024. 3. 29.", "개관"])
    ws.append(["합계", None, None, None, None, None, None, None])
    for row in ws.iter_rows(min_row=4, max_row=6, min_col=5, max_col=5):
        row[0].number_format = "0%"
    for row in ws.iter_rows(min_row=4, max_row=6, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "kr_libreoffice.xlsx"
        wb.save(src)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{Path(tmp) / 'profile'}",
                "--headless",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(Path(tmp) / "out"),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(Path(tmp) / "out" / "kr_libreoffice.xlsx", HERE / "kr_libreoffice.xlsx")
    return True


_CSV_HEADER = ["연번", "사업명", "담당부서", "추진상황", "시작일", "종료일"]
_CSV_ROWS = [
    ["1", "공공자전거 대여소 확충", "교통행정과", "추진중", "2024.3.5", "2024.12."],
    ["2", "경로당 냉난방 개선", "어르신복지과", "준공", "2023. 9. 1.", "2024. 2. 29."],
    ["", "합계", "", "", "", ""],
    ["※ 2024. 3. 31. 기준", "", "", "", "", ""],
]

_CN_CSV_HEADER = ["序号", "项目名称", "牵头单位", "状态", "开始时间", "完成时限"]
_CN_CSV_ROWS = [
    ["1", "口袋公园建设", "区城管局", "推进中", "2024年3月", "2024年9月"],
    ["2", "智慧停车改造", "区交通局", "暂停", "2024/1/10", "2024/12/31"],
    ["", "合计", "", "", "", ""],
    ["备注：数据截至2024年3月底", "", "", "", "", ""],
]


def _csv_text(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def csv_files() -> None:
    """What Korean and Chinese Excel write: CP949 and GB18030 CSV, and "Unicode text" (UTF-16, tabs)."""
    (HERE / "kr_status_cp949.csv").write_bytes(_csv_text(_CSV_HEADER, _CSV_ROWS).encode("cp949"))
    (HERE / "cn_status_gb18030.csv").write_bytes(_csv_text(_CN_CSV_HEADER, _CN_CSV_ROWS).encode("gb18030"))
    utf16 = _csv_text(_CSV_HEADER, [[c.replace("공공자전거", "따릉이") for c in r] for r in _CSV_ROWS], "\t")
    (HERE / "kr_status_utf16.csv").write_bytes(utf16.encode("utf-16"))


def main(libreoffice: bool = True) -> None:
    korean_monthly_status()
    chinese_status()
    committee_tasks()
    unknown_places()
    chinese_committee_tasks()
    korean_budget_status()
    chinese_totals_and_notes()
    korean_neighbourhoods()
    korean_sheet_to_correct()
    csv_files()
    if libreoffice:
        libreoffice_file()


if __name__ == "__main__":
    main()
