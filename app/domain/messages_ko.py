"""Korean templates for the message codes of ``messages.ENGLISH``, in the words Korean offices use.

사업 (program), 과제 (task; 실천계획 and 단위과제 for its two levels), 추진현황 (progress), 진척률 (percent
complete), 담당부서 (lead organization), 지표 (indicator), 사례 라이브러리 (the case library), 코드 (key).
Each template takes the same parameters as its English one (tests/unit/test_messages.py checks it).
"""

from __future__ import annotations

KOREAN: dict[str, str] = {
    # rules.py: values a user types
    "key.invalid": (
        "{what} '{key}'은(는) 영문자 A–Z, 숫자, '-', '_', '.'로 된 1~64자여야 하며 영문자나 숫자로 시작해야 합니다"
    ),
    "title.empty": "제목을 비워 둘 수 없습니다",
    "title.invisible": "제목에 보이는 글자가 없습니다: 공백이나 보이지 않는 문자뿐입니다",
    "title.too_long": "제목이 {limit:,}자보다 깁니다",
    "percent.out_of_range": "진척률 {value:g}이(가) 0~100 범위를 벗어났습니다",
    "weight.negative": "가중치 {value:g}은(는) 음수일 수 없습니다",
    "weight.too_large": "가중치 {value:g}이(가) 앱이 받는 최대 가중치 {limit:,g}보다 큽니다",
    "range.end_before_start": "종료일({end})이 시작일({start})보다 앞섭니다",
    "task.too_deep": (
        "이 과제는 {depth}단계 깊이가 됩니다. 과제는 최대 {limit}단계(실천계획, 단위과제와 그 아래 {below}단계)까지만 "
        "둘 수 있습니다. 모든 단계를 화면과 인쇄물에 표시하기 위해서입니다"
    ),
    "task.under_itself": "과제를 자기 자신 아래로 옮길 수 없습니다",
    # the case library
    "case.read_only": (
        "사업 '{key}'은(는) 사례 라이브러리의 사례로, 출처에 적힌 그대로 보관됩니다. "
        "여기서 바꿀 수 없습니다(대신 이 사례로 자체 사업을 시작하세요)"
    ),
    # dates.py: a partial date as people write it
    "date.year_out_of_range": "{year}년은 범위를 벗어났습니다",
    "date.decade_form": "연대는 2000s처럼 적습니다",
    "date.decade_qualifier": "연대 앞의 말은 다음 중 하나여야 합니다: {allowed}",
    "date.qualifier_without_decade": "초반·중반·후반은 연대에만 쓸 수 있습니다",
    "date.month_out_of_range": "{month}월은 1~12 사이가 아닙니다",
    "date.day_without_month": "일을 적으려면 월도 적어야 합니다",
    "date.no_such_day": "{year}-{month:02d}에는 {day}일이 없습니다",
    "date.wrong_in": "'{text}': {problem}",
    "date.empty": "날짜가 비어 있습니다",
    "date.ambiguous": "'{text}'은(는) 일과 월의 순서를 알 수 없습니다. {year}-MM-DD 형식으로 적으세요",
    "date.unreadable": ("'{text}'은(는) 날짜가 아닙니다. 연도(2015), 연월(2015-03) 또는 날짜(2015-03-01)로 적으세요"),
    # enums.py: fixed vocabularies
    "status.unknown": "상태 '{text}'은(는) 다음 중 하나가 아닙니다: {allowed}",
    # excel/cells.py: what a cell holds
    "cell.not_a_date": "'{text}'은(는) 날짜가 아닙니다",
    "cell.not_a_date_serial": "{serial:g}은(는) Excel 날짜 일련번호가 아닙니다",
    "cell.number_not_a_date": ("'{text}'은(는) 날짜가 아닙니다(숫자는 2015 같은 연도나 Excel 날짜 번호로 읽습니다)"),
    "list.more": "{first}, {rest}",
    "import.value_key": "{key} {period} {kind}",
    "money.krw": "원",
    "money.cny": "위안",
    "money.usd": "달러",
    "money.krw_scaled": "{scale}원",
    "money.cny_scaled": "{scale} 위안",
    "money.usd_scaled": "{scale} 달러",
    "money.scale_thousand": "천",
    "money.scale_10_thousand": "만",
    "money.scale_million": "백만",
    "money.scale_10_million": "천만",
    "money.scale_100_million": "억",
    "import.as_of_stated": "진척률과 금액은 시트의 기준일 {date} 기준으로 기록합니다",
    "import.as_of_today": (
        "진척률과 금액은 오늘({date}) 기준으로 기록합니다. "
        "시트에 기준일이 없습니다(예: 제목 행의 '기준일: 2024. 3. 31.')"
    ),
    "import.nul_dropped": "(파일의 {lines}행에 있던 NUL 바이트는 텍스트가 아니어서 버렸습니다.)",
    "cell.not_a_number": "{what} '{text}'은(는) 숫자가 아닙니다",
    "cell.what_percent": "백분율",
    "cell.percent_out_of_range": "백분율 '{text}'이(가) 0%~100% 범위를 벗어났습니다",
    "cell.unknown_sector": "부문 '{text}'은(는) 다음 중 하나가 아닙니다: {allowed}",
    "cell.unknown_kind": "종류 '{text}'은(는) 다음 중 하나가 아닙니다: {allowed}",
    "cell.unknown_direction": "방향 '{text}'은(는) 다음 중 하나가 아닙니다: {allowed}",
    "cell.not_an_id": "기록 번호 '{text}'은(는) 정수가 아닙니다",
    "cell.text_too_long": "{length:,}자 텍스트가 최대 {limit:,}자보다 깁니다",
    # importing/reading.py: a bad cell, and what its column accepts
    "cell.invalid": "{problem} (가능한 값: {accepts})",
    "accepts.date": ("연도(2015), 연월(2015-03) 또는 날짜(2015-03-01, 2015.3.1, 2015년 3월 1일, 2015年3月1日)"),
    "accepts.percent": "0%~100%, 45% 또는 0.45처럼",
    "accepts.number": "1234.5 또는 1,234.5 같은 숫자",
    # keys given by hand
    "program.key_taken": "사업 코드 '{key}'은(는) 이미 쓰이고 있습니다",
    "task.key_taken": "과제 코드 '{key}'은(는) 이미 쓰이고 있습니다",
    "indicator.key_taken": "지표 코드 '{key}'은(는) 이미 쓰이고 있습니다",
    # services/programs.py: programs, tasks, progress entries and indicators
    "program.unknown_sort": "'{sort}'(으)로 정렬할 수 없습니다. 다음 중에서 고르세요: {allowed}",
    "program.unknown_fields": "알 수 없는 사업 항목: {fields}",
    "program.not_found": "코드가 '{key}'인 사업이 없습니다",
    "program.id_not_found": "번호가 {id}인 사업이 없습니다",
    "program.not_in_trash": "사업 '{key}'은(는) 휴지통에 없습니다",
    "task.unknown_fields": "알 수 없는 과제 항목: {fields}",
    "task.not_found": "과제 {id}이(가) 없습니다",
    "task.not_in_trash": "과제 {id}은(는) 휴지통에 없습니다",
    "task.parent_in_other_program": "단위과제는 그 실천계획과 같은 사업에 속해야 합니다",
    "task.move_to_other_program": "과제는 같은 사업 안에서만 옮길 수 있습니다",
    "progress.task_of_other_program": "그 과제는 다른 사업에 속합니다",
    "progress.not_found": "추진현황 기록 {id}이(가) 없습니다",
    "progress.not_in_trash": "추진현황 기록 {id}은(는) 휴지통에 없습니다",
    "indicator.unknown_fields": "알 수 없는 지표 항목: {fields}",
    "indicator.not_found": "지표 {id}이(가) 없습니다",
    "indicator.not_in_trash": "지표 {id}은(는) 휴지통에 없습니다",
    "indicator_value.not_found": "지표 값 {id}이(가) 없습니다",
    "place.not_found": "지역 {id}이(가) 없습니다",
    "organization.not_found": "기관 {id}이(가) 없습니다",
    "organization.name_empty": "기관 이름을 비워 둘 수 없습니다",
    "case.not_a_case": "'{key}'은(는) 사례 라이브러리의 사업이 아닙니다",
    # services/programs.py: an edit based on what somebody else has changed since
    "program.changed_by_other": (
        "사업 '{key}'을(를) 연 뒤에 다른 사람이 바꾸었습니다. "
        "수정한 내용은 저장되지 않았습니다. 다시 불러와 바뀐 내용을 확인하세요."
    ),
    "program.changed_by_other_since": (
        "사업 '{key}'을(를) 연 뒤에 다른 사람이 바꾸었습니다. {last} "
        "수정한 내용은 저장되지 않았습니다. 다시 불러와 바뀐 내용을 확인하세요."
    ),
    "task.changed_by_other": (
        "과제 '{title}'을(를) 연 뒤에 다른 사람이 바꾸었습니다. "
        "수정한 내용은 저장되지 않았습니다. 다시 불러와 바뀐 내용을 확인하세요."
    ),
    "task.changed_by_other_since": (
        "과제 '{title}'을(를) 연 뒤에 다른 사람이 바꾸었습니다. {last} "
        "수정한 내용은 저장되지 않았습니다. 다시 불러와 바뀐 내용을 확인하세요."
    ),
    "indicator.changed_by_other": "지표 '{name}'을(를) 다른 사람이 바꾸었습니다. 다시 불러온 뒤 다시 해 보세요",
    "change.last_by": "{actor}님이 {at}에 바꾸었습니다({changes}).",
    "change.last_by_someone": "누군가 {at}에 바꾸었습니다({changes}).",
    # the import: a row that cannot be planned
    "import.listed_twice": "'{value}'이(가) 두 번 나옵니다({row}행에도 있음). 행마다 서로 달라야 합니다",
    "import.needs_program_key": "새 행에는 사업 코드가 있어야 합니다",
    "import.no_program": "코드가 '{key}'인 사업이 없습니다(앱에도, 사업 시트에도)",
    "import.no_program_titled": (
        "코드가 '{text}'인 사업이 없습니다. 사업 코드를 적으세요(사업 시트에 있는 대로, 예: {example})"
    ),
    "import.programs_titled": (
        "제목이 '{title}'인 사업이 {count}개 있습니다({keys}). 사업 코드를 적으세요(사업 시트에 있는 대로)"
    ),
    "import.no_task": "코드가 '{key}'인 과제가 없습니다",
    "import.task_of_other_program": "과제 '{key}'은(는) 사업 '{given}'이(가) 아니라 '{owner}'에 속합니다",
    # the import: the Programs sheet
    "import.unknown_place": (
        "지역 '{place}'은(는) 앱에 없는 지역입니다. 가져오기 미리보기의 지역 탭에서 "
        "어디에 둘지 고르거나, 먼저 도구 > 지역에서 추가하세요"
    ),
    "import.chosen_place_unknown": (
        "'{name}'을(를) 읽거나 넣을 지역 '{place}'이(가) 없습니다. 먼저 도구 > 지역에서 추가하세요"
        "(또는 civic-tracker places add)"
    ),
    "import.programs_share_title": (
        "제목이 '{title}'인 사업이 {count}개 있습니다({keys}). 코드 열을 추가해 어느 사업인지 밝히세요"
    ),
    "import.program_in_trash": "사업 '{key}'은(는) 휴지통에 있습니다. 먼저 앱에서 복원하세요",
    "import.program_needs_title": "새 사업에는 제목이 있어야 합니다",
    # the import: the Tasks sheet
    "import.task_in_trash": "과제 '{key}'은(는) 휴지통에 있습니다. 먼저 앱에서 복원하세요",
    "import.task_cannot_change_program": (
        "과제 '{key}'은(는) 사업 '{program}'에 속합니다. 가져오기로 과제를 다른 사업으로 옮길 수 없습니다"
    ),
    "import.task_cannot_move": "과제 '{key}'은(는) '{parent}' 아래에 있습니다. 과제 이동은 앱에서 하세요",
    "import.top_task_cannot_move": "과제 '{key}'은(는) 최상위 과제입니다. 과제 이동은 앱에서 하세요",
    "import.task_needs_title": "새 과제에는 제목이 있어야 합니다",
    "import.tasks_share_title": (
        "사업 '{program}'에 제목이 '{title}'인 과제가 {count}개 있습니다({keys}). "
        "과제 코드 열을 채워 어느 과제인지 밝히세요"
    ),
    # the import: the Progress sheet
    "import.no_progress_entry": "추진현황 기록 {id}이(가) 없습니다. 새로 추가하려면 기록 번호를 비워 두세요",
    "import.progress_in_trash": "추진현황 기록 {id}은(는) 휴지통에 있습니다. 먼저 앱에서 복원하세요",
    "import.entry_cannot_change_program": (
        "기록 {id}은(는) 사업 '{program}'에 속합니다. 가져오기로 다른 사업으로 옮길 수 없습니다"
    ),
    "import.progress_needs_date": "새 추진현황 기록에는 날짜가 있어야 합니다",
    "import.progress_needs_title": "새 추진현황 기록에는 제목이 있어야 합니다",
    # the import: the Indicators sheet
    "import.indicator_in_trash": "지표 '{key}'은(는) 휴지통에 있습니다",
    "import.indicators_share_name": (
        "사업 '{program}'에 이름이 '{name}'인 지표가 {count}개 있습니다({keys}). "
        "지표 코드 열을 채워 어느 지표인지 밝히세요"
    ),
    "import.indicator_of_other_program": "지표 '{key}'은(는) 사업 '{program}'에 속합니다",
    "import.indicator_name_differs": (
        "지표 '{key}'의 이름이 '{sheet}' 시트 {row}행에서는 '{first}'인데 여기서는 '{here}'입니다. "
        "한 지표의 모든 행을 똑같이 적으세요"
    ),
    "import.indicator_unit_differs": (
        "지표 '{key}'의 단위가 '{sheet}' 시트 {row}행에서는 '{first}'인데 여기서는 '{here}'입니다. "
        "한 지표의 모든 행을 똑같이 적으세요"
    ),
    "import.indicator_needs_name": "새 지표는 지표 열에 이름이 있어야 합니다",
    "import.value_needs_period": "값에는 기간이 있어야 합니다(2015 같은 연도나 2015-03)",
    "import.value_needs_value": "새 지표 값에는 값이 있어야 합니다",
    # the import: a change made in the app since the export
    "import.someone": "누군가",
    "import.conflict": (
        "이 통합 문서를 내보낸 뒤 {at}에 {column}이(가) '{current}'(으)로 바뀌었고(바꾼 사람: {actor}, "
        "내보낼 때 값: '{exported}'), 이 행도 그 값을 바꿉니다. 통합 문서를 새로 내보내거나 앱에서 바꾸세요"
    ),
    "import.unstamped_one": (
        "바뀐 행 {count:,}개에 내보낸 시각이 없습니다(직접 만든 시트처럼). 적힌 값 그대로 가져오며, "
        "그 사이 동료가 바꾼 값도 덮어씁니다"
    ),
    "import.unstamped": (
        "바뀐 행 {count:,}개에 내보낸 시각이 없습니다(직접 만든 시트처럼). 적힌 값 그대로 가져오며, "
        "그 사이 동료가 바꾼 값도 덮어씁니다"
    ),
    "import.status_sentences_one": (
        "{column} 열의 칸 {count:,}개는 상태 표현이 아닌 문장입니다. 적힌 그대로 사업의 설명에 덧붙이고, "
        "사업의 상태는 그대로 둡니다(새 사업은 계획)"
    ),
    "import.status_sentences": (
        "{column} 열의 칸 {count:,}개는 상태 표현이 아닌 문장입니다. 적힌 그대로 각 사업의 설명에 덧붙이고, "
        "사업의 상태는 그대로 둡니다(새 사업은 계획)"
    ),
    # the import: a cell of a column the app works out itself (layout.Column.instead), typed over
    "import.not_read": "'{value}'은(는) 가져오지 않았습니다. {why}",
    "import.notices_one": "앱이 계산하는 열이라 가져오지 않은 칸이 {count:,}개 있습니다(알림 참고)",
    "import.notices": "앱이 계산하는 열이라 가져오지 않은 칸이 {count:,}개 있습니다(알림 참고)",
    # the import as a whole
    "import.no_such_sheet": "{file}: '{sheet}' 시트가 없습니다(있는 시트: {sheets})",
    "import.nothing_to_import": "{file}: 통합 문서에 가져올 데이터가 없습니다(비어 있음)",
    "import.no_header_row": (
        "{file}: '{sheet}' 시트: 머리글 행을 찾지 못했습니다. 필수 열 {columns}을(를) 맞추지 못했습니다"
    ),
    "import.columns_unmatched": (
        "{file}: '{sheet}' 시트(머리글 {row}행): 필수 열 {columns}을(를) 맞추지 못했습니다. 찾은 열: {found}"
    ),
    "import.columns_unmatched_none_found": (
        "{file}: '{sheet}' 시트(머리글 {row}행): 필수 열 {columns}을(를) 맞추지 못했습니다. 찾은 열이 없습니다"
    ),
    "import.unmatched_as_programs": (
        "{problem}. 사업 목록에 필요한 열입니다. 과제, 추진현황, 지표를 가져오려면 시트 이름을 "
        "Tasks, Progress, Indicators로 하고 {column}({aliases}) 열을 추가하세요"
    ),
    "import.cancelled": "가져오기를 취소했습니다. 아무것도 기록하지 않았습니다",
    "import.entries_written_meanwhile": (
        "가져오는 동안 다른 프로그램이 추진현황을 기록했습니다. 아무것도 가져오지 않았습니다"
    ),
    "import.refused": "{first}. 아무것도 가져오지 않았습니다",
    "import.refused_one_more": "{first} (오류 1건 더). 아무것도 가져오지 않았습니다",
    "import.refused_more": "{first} (오류 {more:,}건 더). 아무것도 가져오지 않았습니다",
    "import.refused_unread": "읽을 수 있는 시트가 없습니다. 아무것도 가져오지 않았습니다",
    "import.summary": "새로 만들 것 {created:,}건, 바꿀 것 {updated:,}건, 변경 없음 {unchanged:,}건, {errors}",
    "import.one_error": "오류 {count:,}건",
    "import.errors": "오류 {count:,}건",
    "import.summary_one_missing": "{summary}. 파일에 없는 저장된 행 {missing:,}개(그대로 둠)",
    "import.summary_missing": "{summary}. 파일에 없는 저장된 행 {missing:,}개(그대로 둠)",
    "place.name_empty": "지역에는 이름이 있어야 합니다",
    "place.unknown_parent": "그 아래에 둘 지역 '{parent}'이(가) 없습니다. 확인: civic-tracker places list",
    "place.parent_ambiguous": "'{parent}'(이)라는 지역이 여러 개입니다({keys}). 뜻하는 지역의 키를 쓰세요",
    "place.level_unknown": (
        "'{name}'이(가) 어떤 지역인지 알 수 없습니다. --level을 주세요"
        "(country, province, city, district, neighbourhood)"
    ),
    "place.exists": "그곳에 이미 '{name}' 지역이 있습니다",
    "place.unknown": "지역 '{place}'이(가) 없습니다. 확인: civic-tracker places list",
    "place.seeded": (
        "'{name}'은(는) 사례 라이브러리의 지역으로, 출처에 적힌 그대로 보관됩니다. "
        "이름 변경, 이동, 병합, 삭제를 할 수 없습니다(대신 사무실의 지역을 추가하세요)"
    ),
    "place.under_itself": "'{name}'을(를) 자기 자신이나 그 안의 지역('{parent}') 아래로 옮길 수 없습니다",
    "place.level_mismatch": (
        "{level}은(는) {parent_level}('{parent}') 안에 둘 수 없습니다. 지역은 더 큰 지역 안에 둡니다"
    ),
    "place.merge_into_itself": "'{name}'을(를) 자기 자신이나 그 안의 지역('{into}')에 병합할 수 없습니다",
    "place.in_use": (
        "'{name}'을(를) 삭제할 수 없습니다: 사업 {programs}개, 기관 {organizations}개, "
        "지역 {places}개가 그 안에 있습니다"
    ),
    "import.new_place": "{name} ({parent}의 {level})",
    "place_level.country": "국가",
    "place_level.province": "도",
    "place_level.city": "시",
    "place_level.district": "구",
    "place_level.neighbourhood": "동",
    "status.unknown_local": "상태 '{text}'은(는) 앱이 아는 상태 표현이 아닙니다. 쓸 수 있는 말: {allowed}",
    "status.accepted": "계획(예정, 미착수), 진행 중(정상추진, 추진중, 진행중, 지연), 보류(중단), 완료(준공), 취소",
    "status.accepted_korean": (
        "계획(예정, 미착수), 진행 중(정상추진, 추진중, 진행중, 지연), 보류(중단), 완료(준공), 취소"
    ),
    "status.accepted_chinese": (
        "계획(예정, 미착수), 진행 중(정상추진, 추진중, 진행중, 지연), 보류(중단), 완료(준공), 취소"
    ),
    "import.skipped_total": "합계 행",
    "import.skipped_note": "메모나 각주",
    "import.skipped_section": "표를 가로지르는 한 칸짜리 행(구분 제목이나 메모)",
    "import.skipped_header": "되풀이된 머리글 행이나 두 번째 머리글 행",
    "import.skipped_blank": "빈 행",
    "import.skipped_chosen": "직접 건너뛰기로 한 행",
    "import.reading_note_line": "메모의 한 줄(쓴 그대로)",
    "import.reading_contact": "담당자(메모에 기록)",
    "import.reading_row_numbers": "행 번호",
    "import.column_part": "{header} ({part})",
    "import.reading_period": "시작일과 종료일(한 칸에 적은 기간: 2024.1.~2024.12.)",
    "import.reading_sub_place": "행의 지역 안의 지역(자치구 안의 행정동)",
    "import.budget_rate_differs": "집행률 {rate}%가 예산 {budget} 중 집행액 {spent}({worked_out}%)와 "
    "맞지 않습니다: 집행률, 집행액 또는 예산을 고치십시오",
    "import.budget_unit_differs": "이 사업의 지표 '{name}'은(는) {stored} 단위입니다. 이 시트는 {unit} 단위라 "
    "환산할 수 없습니다: 금액을 {stored} 단위로 적으십시오",
    "import.budget_negative": "예산 금액은 음수일 수 없습니다: '{value}'",
    "import.budget_no_currency": "통화 없음(머리글, 지역, 시트의 언어 어디에도 통화가 없습니다)",
    "import.budget_read": "예산 열 {columns}을(를) 각 사업의 지표 '{indicator}'(예산은 "
    "계획값, 집행액은 실적값)로 읽었습니다. 단위 {unit}, 기준일 {as_of}",
    "import.budget_rate_fractions": "0.6은 60%",
    "import.budget_rate_whole": "60은 60%",
    "import.budget_rate_checked": "{reading}; 집행률({rule})은 집행액 / 예산과 대조하고, "
    "집행액이 빈 곳에서는 집행액을 계산합니다",
    "import.budget_rate_gives_spent": "{reading}; 집행액은 예산 x 집행률({rule})로 계산합니다",
    "import.budget_rate_gives_budget": "{reading}; 예산은 집행액 / 집행률({rule})로 계산합니다",
    "cli.import.budget": "    {reading}",
    "workbook.header.budget": "예산",
    "workbook.header.spent": "집행액",
    "workbook.header.execution_rate": "집행률",
    # text fields: a character that is not valid text
    "text.broken_character": (
        "{field}의 {position}번째 글자('{text}')는 올바른 문자가 아닙니다. 다시 입력하세요"
        "(다른 인코딩의 파일에서 복사한 글에 섞여 들어올 수 있습니다)"
    ),
    "text.broken_character_given": (
        "'{text}'의 {position}번째 글자는 올바른 문자가 아닙니다. 다시 입력하세요"
        "(다른 인코딩의 파일에서 복사한 글에 섞여 들어올 수 있습니다)"
    ),
    # services/database.py: reading the database URL
    "database.url_unreadable": (
        "데이터베이스 URL {url}을(를) 읽을 수 없습니다. 파일은 sqlite:////경로/파일.sqlite3, "
        "서버는 postgresql://사용자@호스트:포트/데이터베이스 형식으로 쓰세요"
    ),
    "database.url_backend": (
        "Civic Tracker는 SQLite 파일과 PostgreSQL 서버만 열 수 있으며 {backend}({url})는 열 수 없습니다. "
        "sqlite:////경로/파일.sqlite3 또는 postgresql://사용자@호스트:포트/데이터베이스를 쓰세요"
    ),
    "database.driver_missing": (
        "데이터베이스 URL {url}은(는) 설치되지 않은 드라이버 {driver}을(를) 요구합니다. "
        "Civic Tracker에 포함된 드라이버를 쓰려면 postgresql+psycopg://로 쓰세요"
    ),
    # services/database.py: starting on a shared server
    "server.tables_not_allowed": (
        "{database}에 아직 테이블이 없고, 역할 {role}은(는) 테이블을 만들 수 없습니다. "
        "관리자에게 데이터베이스 소유자로 'civic-tracker db upgrade'를 실행해 달라고 요청하세요."
    ),
    "server.upgrade_not_allowed": (
        "{database}의 스키마는 {current}이고 이 버전에는 {head}이(가) 필요하지만, 역할 {role}은(는) "
        "업그레이드할 수 없습니다. 관리자에게 데이터베이스 소유자로 "
        "'civic-tracker db upgrade'를 실행해 달라고 요청하세요."
    ),
    "server.upgrade_lock_wait": (
        "다른 세션이 {database} 업그레이드를 마치기를 기다리는 중입니다: {holder}이(가) 업그레이드 잠금을 "
        "갖고 있습니다(최대 {seconds}초 기다림)."
    ),
    "server.upgrade_lock_timeout": (
        "{database}을(를) 업그레이드하려고 {seconds}초 기다렸지만 그만두었습니다: {holder}이(가) 업그레이드 잠금을 "
        "갖고 있습니다. 아무것도 바꾸지 않았습니다. 그 세션이 끝난 "
        "뒤 다시 하거나 관리자에게 세션을 끝내 달라고 요청하세요."
    ),
    "server.lock_holder": "{address}에서 {application}(으)로 접속한 {user}, {since}부터 접속(서버 프로세스 {pid})",
    "server.lock_holder_local": (
        "서버 자체에서 {application}(으)로 접속한 {user}, {since}부터 접속(서버 프로세스 {pid})"
    ),
    "server.lock_holder_hidden": (
        "{application}(으)로 접속한 {user}(서버 프로세스 {pid}. 어디서 언제부터 접속했는지는 "
        "pg_read_all_stats 권한이 있는 역할만 볼 수 있습니다)"
    ),
    "server.lock_holder_gone": "이미 끝난 세션",
    "server.unnamed_program": "이름 없는 프로그램",
    "server.unknown_role": "알 수 없는 역할",
    # services/backups.py and store/backup.py: a backup counts only once its copy is checked
    "backup.no_schema": "Civic Tracker 스키마가 없습니다(스키마 버전이 없음)",
    "backup.check_failed": "사본이 SQLite 무결성 검사를 통과하지 못했습니다({detail})",
    "backup.schema_differs": "사본의 테이블이 데이터베이스와 다릅니다({tables})",
    "backup.rows_differ": "테이블 {table}의 행이 사본에는 {copied}개, 데이터베이스에는 {source}개입니다",
    "backup.damaged": (
        "{database}의 백업을 보관하지 않았습니다: {problem}. 데이터베이스 자체가 손상되었을 수 있습니다. "
        "남은 파일은 없고 이전 백업은 그대로 있습니다. Civic Tracker를 닫고 다시 시작하세요: "
        "그러면 파일 전체를 검사하고 마지막으로 검사를 통과한 백업을 복원하도록 제안합니다"
    ),
    "backup.not_verified": "{database}의 백업을 보관하지 않았습니다: {problem}. 남은 파일은 없습니다",
    "backup.second_copy_failed": (
        "백업 {backup}을(를) 쓰고 검사했지만, 두 번째 백업 폴더 {folder}(으)로 복사하지 못했습니다: {problem}"
    ),
    "backup.second_is_primary": "백업 폴더 자신입니다. 다른 디스크의 폴더를 고르세요",
    # where an import problem is: file, sheet, row, column
    "issue.in_cell": "{file}, '{sheet}' 시트, {row}행, {column} 열: {problem}",
    "issue.in_row": "{file}, '{sheet}' 시트, {row}행: {problem}",
    "issue.in_column": "{file}, '{sheet}' 시트, {column} 열: {problem}",
    "issue.in_sheet": "{file}, '{sheet}' 시트: {problem}",
    # excel/layout.py, excel/writer.py, services/workbook_export.py: the meeting workbook in Korean
    "workbook.sheet.summary": "요약",
    "workbook.sheet.programs": "사업",
    "workbook.sheet.tasks": "과제",
    "workbook.sheet.progress": "추진현황",
    "workbook.sheet.indicators": "지표",
    "workbook.sheet.sources": "출처",
    "workbook.sheet.charts": "차트",
    "workbook.sheet.how_to": "편집 방법",
    "workbook.sheet.history": "변경 이력",
    "workbook.sheet.errors": "오류",
    "workbook.errors.sheet": "시트",
    "workbook.errors.row": "행",
    "workbook.errors.column": "열",
    "workbook.errors.value": "값",
    "workbook.errors.problem": "문제",
    "workbook.errors.write_failed": "{file}을(를) 쓰지 못했습니다: {problem}",
    "export.wrote": "{path}에 썼습니다: {counts}",
    "export.count.program_one": "사업 {count}건",
    "export.count.programs": "사업 {count}건",
    "count.task_one": "과제 {count}건",
    "count.tasks": "과제 {count}건",
    "count.progress_one": "추진현황 기록 {count}건",
    "count.progress": "추진현황 기록 {count}건",
    "export.count.value_one": "값 {count}개",
    "export.count.values": "값 {count}개",
    "count.indicator_one": "지표 {count}개",
    "count.indicators": "지표 {count}개",
    "export.count.values_of": "{indicators}의 {values}",
    "export.count.without_values_one": "지표 시트 {rows}행: 아직 값이 없는 지표 {count}개",
    "export.count.without_values": "지표 시트 {rows}행: 아직 값이 없는 지표 {count}개",
    "export.count.with_note": "{counts}({note})",
    "export.count.source_one": "출처 {count}건",
    "export.count.sources": "출처 {count}건",
    "export.count.chart_one": "차트 {count}개",
    "export.count.charts": "차트 {count}개",
    "export.count.change_one": "변경 기록 {count}건",
    "export.count.changes": "변경 기록 {count}건",
    "export.file.place": "{place} 사업",
    "export.file.cases": "사례 라이브러리",
    "export.file.program": "{key} 사업",
    "export.file.all": "전체 사업",
    "cli.filter.bad_since": "--since: {problem}",
    "workbook.header.key": "코드",
    "workbook.header.program_title": "사업명",
    "workbook.header.local_title": "원어명",
    "workbook.header.place": "지역",
    "workbook.header.lead_organization": "담당부서",
    "workbook.header.status": "상태",
    "workbook.header.start": "시작일",
    "workbook.header.end": "종료일",
    "workbook.header.percent": "진척률",
    "workbook.header.sector": "부문",
    "workbook.header.themes": "주제",
    "workbook.header.summary": "요약",
    "workbook.header.description": "설명",
    "workbook.header.last_progress": "최근 추진현황",
    "workbook.header.case_library": "사례 라이브러리",
    "workbook.header.exported": "내보낸 시각 (UTC)",
    "workbook.header.program_key": "사업 코드",
    "workbook.header.task_key": "과제 코드",
    "workbook.header.task_title": "과제명",
    "workbook.header.owner": "담당자",
    "workbook.header.due": "마감",
    "workbook.header.parent_key": "상위 과제 코드",
    "workbook.header.weight": "가중치",
    "workbook.header.entry_id": "기록 번호",
    "workbook.header.date": "날짜",
    "workbook.header.progress_title": "내용",
    "workbook.header.note": "비고",
    "workbook.header.author": "작성자",
    "workbook.header.indicator_key": "지표 코드",
    "workbook.header.indicator": "지표명",
    "workbook.header.unit": "단위",
    "workbook.header.period": "기간",
    "workbook.header.value": "값",
    "workbook.header.kind": "구분",
    "workbook.header.source": "출처",
    "workbook.header.source_author": "저자",
    "workbook.header.year": "연도",
    "workbook.header.source_title": "제목",
    "workbook.header.publication": "출판물",
    "workbook.header.url": "URL",
    "workbook.header.accessed": "접속일",
    "workbook.header.when": "시각 (UTC)",
    "workbook.header.who": "변경자",
    "workbook.header.action": "작업",
    "workbook.header.what": "대상",
    "workbook.header.field": "항목",
    "workbook.header.old_value": "이전 값",
    "workbook.header.new_value": "새 값",
    "workbook.header.import": "가져오기",
    "workbook.note.program_key": "사업을 가리키는 코드입니다. 바꾸지 말고, 새 행에서는 비워 두세요.",
    "workbook.note.place": "앱에 있는 지역 이름 (예: 강동구 또는 Gangdong-gu).",
    "workbook.note.organization": "앱에 이미 있는 기관 이름.",
    "workbook.note.rolled_up": "과제에서 계산됩니다. 과제를 고치세요.",
    "workbook.note.themes": "쉼표로 구분합니다.",
    "workbook.note.last_progress": "가장 최근 추진현황의 날짜.",
    "workbook.note.task_program": "과제가 속한 사업. 새 행에서는 채워 주세요.",
    "workbook.note.task_key": "과제를 가리키는 코드입니다. 새 행에서는 비워 두세요.",
    "workbook.note.parent_key": "단위과제가 속한 실천계획. 새 행에서만 읽습니다.",
    "workbook.note.entry_id": "기록을 가리키는 번호입니다. 새 행에서는 비워 두세요.",
    "workbook.note.fill_in_new": "새 행에서는 채워 주세요.",
    "workbook.note.task_optional": "선택 사항. 새 행에서만 읽습니다.",
    "workbook.note.indicator_key": "지표를 가리키는 코드입니다. 비워 두면 지표명으로 새 지표를 추가합니다.",
    "workbook.note.indicator": "지표의 이름 (한 지표의 모든 행에서 같아야 합니다).",
    "workbook.note.period": "연도 (2015), 월 (2015-03) 또는 날짜. 구분과 함께 값을 가리킵니다.",
    "workbook.note.sources": "출처 코드 (출처 시트 참고).",
    "workbook.instead.percent": (
        "이 열은 앱이 사업의 과제에서(과제가 없으면 기록한 추진현황에서) 계산합니다. 바꾸려면 추진현황을 "
        "기록하거나(추진현황 시트에 행 추가, 또는 앱의 추진현황 기록) 과제 시트에서 사업의 과제를 고치세요"
    ),
    "workbook.instead.last_progress": (
        "이 열은 앱이 사업의 추진현황 날짜에서 계산합니다. 바꾸려면 추진현황 시트(또는 앱의 추진현황 기록)에서 "
        "항목을 추가하거나 고치세요"
    ),
    "workbook.instead.case_library": (
        "이 열은 앱이 관리합니다. 사례 라이브러리의 사업은 출처에 적힌 그대로 보관되며, 기관의 사업은 사례가 될 수 "
        "없습니다(대신 사례로 자체 사업을 시작하세요)"
    ),
    "workbook.instead.sources": (
        "이 열은 앱이 관리합니다. 값이 인용하는 출처는 사례 라이브러리와 함께 오며 통합 문서에서 읽지 않습니다"
        "(출처 시트 참고)"
    ),
    "workbook.note.stamp": (
        "행을 내보낸 시각. 가져올 때 이것으로 동료가 그 뒤에 바꾼 내용을 지킵니다. 그대로 두세요 "
        "(정렬하거나 복사해도 함께 따라갑니다). 새 행에서는 비워 두세요."
    ),
    "workbook.accepts.date": "연도, 월 (2015-03) 또는 날짜.",
    "workbook.accepts.percent": "0%에서 100%.",
    "workbook.accepts.list": "{names}.",
    "workbook.accepts.number": "숫자. 1,234.5처럼 써도 됩니다.",
    "workbook.accepts.text": "텍스트.",
    "workbook.accepts.text_required": "텍스트. 새 행에서는 꼭 채워야 합니다.",
    "workbook.kind.actual": "실적",
    "workbook.kind.target": "목표",
    "workbook.kind.plan": "계획",
    "direction.higher": "높을수록 좋음",
    "direction.lower": "낮을수록 좋음",
    "workbook.sector.public": "공공",
    "workbook.sector.private": "민간",
    "workbook.sector.civil_society": "시민사회",
    "workbook.yes": "예",
    "workbook.no": "아니요",
    "workbook.list.separator": ", ",
    "workbook.title.programs": "사업: {filter}",
    "workbook.title.cases": "사례 라이브러리: {filter}",
    "workbook.filter.all": "모든 사업",
    "workbook.filter.place": "지역 {place}",
    "workbook.filter.programs": "사업 {keys}",
    "workbook.filter.status": "상태 {statuses}",
    "workbook.filter.cases": "사례 라이브러리만",
    "workbook.filter.own": "자체 사업만",
    "workbook.filter.since": "{date} 이후 추진현황",
    "workbook.filter.separator": "; ",
    "workbook.summary.made": "만든 시각",
    "workbook.summary.stamp_note": "(가져올 때 동료가 그 뒤에 바꾼 내용을 지키는 데 씁니다)",
    "workbook.summary.filter": "조건",
    "workbook.summary.progress_entries": "추진현황 기록",
    "workbook.summary.indicator_values": "지표 값",
    "workbook.summary.by_status": "상태별 사업",
    "workbook.summary.no_status": "상태 없음",
    "workbook.summary.overdue": "마감이 지난 과제 ({count})",
    "workbook.summary.task": "과제",
    "workbook.summary.none": "없음",
    "workbook.summary.since": "{date} 이후 추진현황",
    "workbook.summary.latest": "최근 추진현황",
    "workbook.summary.what_happened": "내용",
    "workbook.chart.only_first": "처음 {count}개 지표만 차트로 그렸습니다. 모든 지표는 지표 시트에 있습니다.",
    "workbook.chart.none": "아직 값이 두 개 이상인 지표가 없어 그릴 차트가 없습니다.",
    "workbook.chart.actual": "실적",
    "workbook.chart.target": "목표",
    "workbook.chart.lower_is_better": "{name} (낮을수록 좋음)",
    "workbook.footer": "&A, &P/&N쪽",
    "workbook.status_list.error": (
        "목록에는 {statuses}이(가) 있습니다. 영어, 한국어, 중국어 상태 이름(active, 진행중, 보류, 进行中, "
        "暂停...)도 받아들이니, 그중 하나라면 그대로 두세요."
    ),
    "workbook.how_to.title": "이 통합문서를 고치고 다시 가져오는 방법",
    "workbook.how_to.columns": (
        "파란 머리글의 열을 고치세요. 회색 머리글의 열(코드, 계산된 값, 내보낸 시각)은 다시 가져오기 위해 "
        "남겨 둔 것으로, 기존 행에서는 잠겨 있습니다 (꼭 필요하면 검토 > 시트 보호 해제, 암호 없음)."
    ),
    "workbook.how_to.new_rows": (
        "시트 맨 아래에 행을 추가하면 사업, 과제, 추진현황 기록, 지표 값이 새로 만들어집니다. 코드나 "
        "{entry_id}는 비워 두세요. 같은 파일을 다시 가져와도 이런 행은 두 번 추가되지 않고 알아봅니다: 사업은 "
        "사업명으로, 과제는 사업, 과제명, 상위 과제로, 지표는 사업과 지표명으로, 추진현황 기록은 사업, 과제, "
        "날짜, 내용으로."
    ),
    "workbook.how_to.deleting": (
        "행을 지워도 아무것도 지워지지 않습니다. 가져오기는 그 행을 없는 것으로 보고하고 그대로 둡니다."
    ),
    "workbook.how_to.empty": "기존 행의 빈 칸은 저장된 값을 그대로 둡니다. 값을 지우려면 앱에서 고치세요.",
    "workbook.how_to.colleagues": (
        "내보낸 뒤에 동료가 내용을 바꿀 수 있습니다. 그대로 둔 칸은 동료의 새 값을 지키고, 동료도 바꾼 칸을 "
        "고쳤다면 충돌로 보고되며 아무것도 가져오지 않습니다. 각 행 오른쪽의 {stamp} 열이 둘을 구별해 줍니다. "
        "행을 정렬하거나 다른 통합문서로 복사해도 마찬가지이니 그대로 두세요."
    ),
    "workbook.how_to.dates": (
        "날짜는 정밀도를 지킵니다: 연도는 2015, 월은 2015-03, 날짜는 2015-03-01로 입력하세요. yyyy-mm으로 "
        "표시된 날짜 칸은 그 달로 읽습니다."
    ),
    "workbook.how_to.values": (
        "진척률 칸에는 45% 또는 0.45를 넣습니다. 상태 칸은 목록({statuses})을 보여 주며, 다른 언어의 상태 "
        "이름도 알아듣습니다."
    ),
    "workbook.how_to.bring_back": (
        "파일 > 통합문서 가져오기...로 파일을 다시 가져오세요 (또는 먼저 civic-tracker import FILE --dry-run). "
        "저장하기 전에 모든 변경 사항을 보여 주며, 편집 > 마지막 가져오기 취소로 되돌릴 수 있습니다."
    ),
    "workbook.how_to.not_read": "{sheets} 시트와 이 시트는 다시 읽지 않습니다.",
    "workbook.how_to.hidden": (
        "내용이 없는 시트는 인쇄되지 않도록 숨겨 둡니다. 행을 추가하려면 시트 탭을 마우스 오른쪽 단추로 "
        "누르고 > 숨기기 취소를 고르세요."
    ),
    "workbook.how_to.sheet": "시트",
    "workbook.how_to.column": "열",
    "workbook.how_to.editable": "편집 가능",
    "workbook.how_to.takes": "입력할 수 있는 값",
    # enums.py: the names of the statuses
    "status.planned": "계획",
    "status.active": "진행 중",
    "status.on_hold": "보류",
    "status.completed": "완료",
    "status.cancelled": "취소",
    # the kinds of record an import creates or changes
    "record.program": "사업",
    "record.task": "과제",
    "record.progress": "추진현황 기록",
    "record.indicator": "지표",
    "record.indicator_value": "지표 값",
    # the command line's own lines
    "cli.warning": "경고: {text}",
    "cli.show.place": "지역",
    "cli.show.lead": "담당부서",
    "cli.show.status": "상태",
    "cli.show.start": "시작",
    "cli.show.end": "종료",
    "cli.show.themes": "주제",
    "cli.show.percent": "진척률",
    "cli.show.tasks": "과제:",
    "cli.show.indicators": "지표:",
    "cli.show.progress": "추진현황:",
    "cli.show.sources": "출처:",
    "cli.list.case": "사례",
    "cli.list.own": "자체",
    "cli.seeded": "사례 {cases}건: 새로 만듦 {created}, 바뀜 {updated}, 그대로 {unchanged}",
    "cli.history.older": "... 이전 변경 {count}건은 표시하지 않았습니다(--limit 사용)",
    "cli.trash.empty": "휴지통이 비어 있습니다",
    "backup.reason.daily": "매일",
    "backup.reason.manual": "직접",
    "backup.reason.before_import": "가져오기 전",
    "backup.reason.before_restore": "복원 전",
    "backup.reason.before_empty_trash": "휴지통 비우기 전",
    "backup.reason.before_upgrade": "업그레이드 전",
    "cli.trash.with": "(함께 삭제: {contents})",
    "trash.contents.join": "{first}, {rest}",
    "cli.trash.restored": "{kind} {key}을(를) 복원했습니다",
    "cli.trash.confirm": "{count}개 항목을 완전히 지웁니다. --yes를 붙여 다시 실행하세요",
    "cli.trash.emptied": "완전히 지움: 사업 {programs}건, 과제 {tasks}건, 추진현황 {progress}건, 지표 {indicators}건",
    "cli.db.at_head": "{database}은(는) 이미 최신 스키마입니다",
    "cli.db.upgraded": "{database}을(를) {revision}에서 최신 스키마로 업그레이드했습니다",
    "cli.db.created": "{database}을(를) 빈 상태에서 최신 스키마로 업그레이드했습니다",
    "cli.db.backup_first": "먼저 백업했습니다: {path}",
    "cli.db.revision": "{current} (최신 {head}; {state})",
    "cli.db.empty": "비어 있음",
    "cli.db.at_head_state": "최신",
    "cli.db.newer_state": "이 앱보다 새 버전",
    "cli.db.behind_state": "업그레이드 필요",
    "cli.db.second_copy": "두 번째 백업 폴더의 사본: {path}",
    "cli.db.folder_or_off": "FOLDER와 --off 중 하나만 주세요",
    "cli.db.no_second_folder": "두 번째 백업 폴더가 없습니다: 백업은 데이터베이스 옆에만 보관합니다",
    "cli.db.second_folder_env": "{path} ({variable}(으)로 지정됨. 저장된 설정보다 우선합니다)",
    "cli.db.sqlite_only": "백업은 SQLite 파일에만 보관합니다. 서버 데이터베이스는 pg_dump로 백업하세요",
    "cli.db.no_backups": "{path}의 백업이 아직 없습니다",
    "cli.db.checked": "검사함",
    "cli.db.not_checked": "검사 안 함",
    "cli.db.restored": "{path}을(를) {backup}에서 복원했습니다",
    "cli.db.restore_safety": "복원 전 상태를 {path}(으)로 저장했습니다",
    "cli.db.restore_damaged": "손상된 파일은 바꾸지 않고 {path}(으)로 보관했습니다",
    "cli.db.restore_upgraded": "백업을 스키마 {revision}에서 최신으로 업그레이드했습니다",
    "cli.import.nothing_to_save": (
        "--save-mapping은 부서에서 만든 시트를 읽은 방법을 저장합니다. 이 파일에는 그런 시트가 없습니다"
    ),
    "cli.import.mapping_saved": (
        "'{sheet}' 시트를 읽은 방법을 '{name}'(으)로 저장했습니다. 다음 달 시트는 --mapping {name}으로 가져오세요"
    ),
    "cli.import.needs_file": "import에는 FILE(또는 --undo-last)이 필요합니다",
    "cli.import.place_form": "{option}에는 NAME=PLACE(예: 창동=도봉구)를 씁니다. '{value}'는 쓸 수 없습니다",
    "cli.import.places_as": "    앱에 있는 지역으로 읽은 지역: {names}",
    "cli.import.unknown_places": "    앱에 없는 지역(--place-in 또는 --place-is로 어디에 둘지 지정하세요): {names}",
    "cli.import.sheet": (
        "  '{sheet}' 시트를 {reads_as}(으)로 읽음(머리글 {row}행): 새로 만들 것 {created:,}, "
        "바꿀 것 {updated:,}, 변경 없음 {unchanged:,}, 오류 있음 {errors:,}"
    ),
    "cli.tasks.due_within": "--due-within에는 0 이상의 일수를 주세요",
    "cli.tasks.overdue": "기한 지남",
    "cli.people.open_task_one": "진행 중인 과제 {count:,}개",
    "cli.people.open_tasks": "진행 중인 과제 {count:,}개",
    "cli.people.anonymised": "익명 처리했습니다: 과제, 추진현황, 기록에서 이제 '{name}'(으)로 표시됩니다",
    "person.not_found": "그런 이름의 사람이 없습니다: '{name}'(civic-tracker people list로 확인하세요)",
    "person.already_anonymised": "{name}은(는) 이미 익명 처리되었습니다",
    "organization.not_named": "키나 이름이 '{text}'인 기관이 없습니다",
    "cli.places.none": "아직 지역이 없습니다. 추가하려면: civic-tracker places add 이름",
    "cli.places.added": "{level} {key}을(를) 추가했습니다: {path}",
    "cli.places.renamed": "{key}의 이름을 바꿨습니다: {path}",
    "cli.places.local_set": "{key}({path})의 현지 이름은 '{name}'입니다",
    "cli.places.local_cleared": "{key}({path})의 현지 이름을 지웠습니다",
    "cli.places.moved": "{key}을(를) 옮겼습니다: {path}",
    "cli.places.merged": (
        "'{name}'을(를) {key}({path})에 병합했습니다: 사업 {programs}개, 기관 {organizations}개, "
        "지역 {places}개를 옮겼습니다"
    ),
    "cli.import.percent_fractions": "    백분율은 열마다 읽었습니다: 0.6은 60%",
    "cli.import.percent_whole": "    백분율은 열마다 읽었습니다: 60은 60%, 1은 1%",
    "cli.import.new_places": "    사무실의 새 지역: {names}",
    "cli.import.new_organizations": "    사무실의 새 기관: {names}",
    "cli.import.row_numbers": "    열 '{column}'은(는) 키가 아니라 행 번호로 읽었습니다",
    "cli.import.skipped_rows": "    기록이 아닌 행 {count:,}개를 건너뛰었습니다:",
    "cli.import.skipped_row": "      {row}행: {reason}{said}",
    "cli.import.skipped_more": "      ... 외 {count:,}개",
    "cli.import.columns": "    열 읽기: {columns}",
    "import.column_read": "{header}({letter}) → {reading}",
    "import.column_not_read": "{header}({letter}) → 읽지 않음",
    "cli.import.included": "    기록이 아닌 듯하지만 선택해 읽은 행: {rows}",
    "cli.import.ignored": "; 무시한 열: {columns}",
    "cli.import.missing": "    저장된 행 {count:,}개가 이 시트에 없어 그대로 둡니다: {keys}",
    "cli.import.skipped": "  '{sheet}' 시트를 건너뜀: 필수 열 {columns}을(를) 맞추지 못했습니다",
    "cli.import.more": "  ... 더 있음(더 보려면 --limit 사용)",
    "cli.import.create": "  + {sheet} {row}행: 새 {record} {key}: {label}",
    "cli.import.update": "  ~ {sheet} {row}행: {record} {key}",
    "cli.import.empty": "(비어 있음)",
    "cli.import.more_errors": "  ! ... 오류 {count:,}건 더",
    "cli.import.one_more_error": "  ! ... 오류 1건 더",
    "cli.import.notice": "  알림: {notice}",
    "cli.import.more_notices": "  알림: ... {count:,}건 더",
    "cli.import.first_error_more": "{first} (오류 {count:,}건 더)",
    "cli.import.first_error_one_more": "{first} (오류 1건 더)",
    "cli.import.nothing": "가져올 것이 없습니다: 파일이 데이터베이스와 같아 아무것도 기록하지 않았습니다.",
    "cli.import.done": "가져오기 {batch}(으)로 가져왔습니다. 되돌리기: civic-tracker import --undo-last",
    "cli.import.done_backup": (
        "가져오기 {batch}(으)로 가져왔습니다. 먼저 백업했습니다: {backup}. 되돌리기: civic-tracker import --undo-last"
    ),
    "cli.import.undone": (
        "가져오기 {batch}({file})을(를) 되돌렸습니다: 항목 "
        "{restored}개를 되돌리고, 만들어진 행 {trashed}개를 휴지통으로 옮겼습니다"
    ),
    "cli.import.undone_values": (
        "가져오기 {batch}({file})을(를) 되돌렸습니다: 항목 {restored}개를 되돌리고, 만들어진 행 {trashed}개를 "
        "휴지통으로 옮기고, 추가된 지표 값 {removed}개를 지웠습니다"
    ),
    # Daily work: programs new, progress add and edit
    "place.not_named": "키나 이름이 '{text}'인 지역이 없습니다. 확인: civic-tracker places list",
    "place.ambiguous": "'{text}'(이)라는 지역이 여러 개입니다({keys}). 뜻하는 지역의 코드를 쓰세요",
    "task.not_named": "사업 {program}에 과제 {key}이(가) 없습니다. 확인: civic-tracker programs show {program}",
    "progress.unknown_fields": "알 수 없는 추진현황 항목: {fields}",
    "progress.date_missing": "추진현황 기록에는 날짜가 있어야 합니다",
    "progress.changed_by_other": (
        "추진현황 기록 '{title}'을(를) 연 뒤에 다른 사람이 수정했습니다. "
        "수정 내용은 저장되지 않았습니다. 다시 불러와 상대의 수정을 확인하세요."
    ),
    "cli.programs.created": "{key}을(를) 만들었습니다: {title}",
    "cli.programs.from_case": "사례 {case}에서 시작했습니다: 할 과제 {tasks}개, 지표 {indicators}개",
    "cli.progress.logged": "{program}에 기록했습니다({date}): {title}",
    "cli.progress.bad_percent": "--percent에는 0에서 100 사이의 숫자를 쓰세요('{text}'은(는) 숫자가 아닙니다)",
    "cli.progress.task_now": "과제 {key}: {percent}, {status}",
    # attachments of progress entries (services/attachments.py, cli/progress.py)
    "attachment.too_large": "{name}의 크기는 {size}입니다: 추진현황 기록에 첨부하는 파일은 {limit}까지만 됩니다",
    "attachment.no_name": "첨부 파일에는 파일 이름이 있어야 합니다",
    "attachment.unreadable": "{name}을(를) 읽을 수 없습니다: {reason}",
    "attachment.not_found": "첨부 파일 {id}이(가) 없습니다",
    "attachment.none_named": "{program}의 추진현황 기록에는 '{name}'(이)라는 첨부 파일이 없습니다",
    "attachment.several_named": (
        "{program}의 추진현황 기록 {count}건에 '{name}'(이)라는 첨부 파일이 있습니다(기록 {entries}). "
        "--entry로 기록을 고르세요"
    ),
    "cli.progress.attached": "{name}을(를) 첨부했습니다({size})",
    "cli.progress.cannot_write": "{path}에 쓸 수 없습니다: {reason}",
    "cli.progress.attachment_written": "{name}({size})을(를) {path}에 저장했습니다",
    # the PDF report (services/report.py, ui/report_pdf.py, cli/report.py)
    "report.nothing_chosen": "보고서에 넣을 사업이 없습니다: 고른 조건에 맞는 사업이 없습니다",
    "report.too_many": (
        "보고서에 사업 {count:,}개가 들어갑니다. 보고서에는 최대 {limit:,}개까지 넣을 수 있으니 "
        "사업, 지역 또는 상태로 줄여 주세요"
    ),
    "report.not_pdf": "{name}: 보고서는 PDF로 저장됩니다. 이름이 .pdf로 끝나게 해 주세요",
    "report.no_folder": "{name}을(를) 저장할 수 없습니다: {folder} 폴더가 없습니다",
    "report.write_failed": "보고서 {path}을(를) 저장하지 못했습니다",
    "report.brief_title": "회의 자료",
    "report.program_report": "사업 보고서",
    "report.made_on": "출력일 {date}",
    "report.page": "{page} / {pages}쪽",
    "report.place": "지역",
    "report.lead": "담당부서",
    "report.status": "상태",
    "report.dates": "기간",
    "report.percent": "진척률",
    "report.rollup": "실천계획 {total}개 중 {counted}개의 가중 평균",
    "report.rollup_none": "과제 없음: 추진현황 기록으로 정해짐",
    "report.tasks": "과제",
    "report.task": "과제",
    "report.owner": "담당자",
    "report.due": "마감",
    "report.no_tasks": "아직 과제가 없습니다",
    "report.timeline": "타임라인",
    "report.today": "오늘",
    "report.quarter": "{year}년 {quarter}분기",
    "report.progress_since": "{date} 이후 추진현황",
    "report.no_progress": "{date} 이후 기록된 추진현황이 없습니다",
    "report.more_progress": "... 외 {count:,}건",
    "report.indicators": "지표",
    "report.period": "시점",
    "report.value": "값",
    "report.baseline": "기준값",
    "report.target": "목표",
    "report.actual": "실적",
    "report.planned": "계획",
    "report.lower_is_better": "낮을수록 좋음",
    "report.no_values": "아직 기록된 값이 없습니다",
    "report.sources": "출처",
    "report.programs": "사업",
    "report.program": "사업",
    "report.overdue": "마감이 지난 과제",
    "report.no_overdue": "마감이 지난 과제가 없습니다",
    "report.date": "날짜",
    "report.entry": "추진현황",
    "report.case": "사례 라이브러리의 사례",
    "cli.report.written": "{path}을(를) 저장했습니다: 사업 {programs}개, {pages}쪽",
    "gui.no_display": (
        "화면(디스플레이)을 찾을 수 없습니다: 데스크톱 세션에서 Civic Tracker를 실행하거나 "
        "명령줄을 사용하세요: civic-tracker --help"
    ),
    # store/database.py: what kept a database file from being read, when it is not damage
    "file.disk_full": "{folder}이(가) 있는 디스크가 가득 찼습니다. 공간을 비우고 다시 시도하세요",
    "file.read_denied": "{path}을(를) 읽을 권한이 없습니다. 이 컴퓨터 관리자에게 권한을 요청하세요",
    "file.use_denied": "{path}을(를) 사용할 권한이 없습니다. 이 컴퓨터 관리자에게 권한을 요청하세요",
    "file.unreadable": "{path}을(를) 읽을 수 없습니다({problem}). 다시 시도하세요",
    "file.locked": "다른 프로그램이 {path}을(를) 잠그고 있습니다. 그 프로그램을 닫고 다시 시도하세요",
    "file.io_error": (
        "{folder}이(가) 있는 디스크를 읽거나 쓸 수 없습니다(입출력 오류 또는 디스크 가득 참). 다시 시도하세요"
    ),
    "file.cannot_open": "{path}을(를) 열 수 없습니다(폴더가 없거나 읽기 전용이거나 가득 찼을 수 있음). 다시 시도하세요",
    # services/backups.py: taking, finding and restoring backups
    "backup.sqlite_only": "앱의 백업은 SQLite 파일용입니다. 서버 데이터베이스는 pg_dump로 백업하세요",
    "backup.bad_reason": "백업 사유는 한 단어(영문자, 숫자, -, _)여야 합니다. '{reason}'은(는) 쓸 수 없습니다",
    "backup.folder_unwritable": "{folder}에 백업을 쓸 수 없습니다: {problem}",
    "backup.write_failed": "백업 {backup}을(를) 쓸 수 없습니다: {problem}",
    "backup.none": "{folder}에 {database}의 백업이 없습니다",
    "backup.not_found": "백업 '{name}'이(가) 없습니다('civic-tracker db backups'로 목록을 보세요)",
    "backup.unusable": "백업 {backup}은(는) 쓸 수 없습니다: {problem}. 아무것도 바꾸지 않았습니다.",
    "backup.not_a_backup": (
        "{backup}은(는) Civic Tracker 백업이 아닙니다(스키마 버전이 없음). 아무것도 바꾸지 않았습니다."
    ),
    "backup.newer": (
        "{backup}은(는) 더 새로운 버전의 Civic Tracker가 쓴 백업입니다(스키마 {revision}). 아무것도 바꾸지 않았습니다."
    ),
    "backup.not_sqlite": "Civic Tracker 데이터베이스가 아닙니다(SQLite 파일이 아님)",
    "restore.read_only": (
        "{database}은(는) 읽기 전용입니다(파일 권한상 쓸 수 없음). 복원할 수 없습니다. 아무것도 바꾸지 않았습니다."
    ),
    "restore.not_now": "지금은 {database}을(를) 복원할 수 없습니다: {problem}. 아무것도 바꾸지 않았습니다.",
    "restore.copy_failed": "백업 {backup}을(를) {database}(으)로 복사하지 못했습니다: {problem}.",
    "restore.copy_failed_kept": (
        "백업 {backup}을(를) {database}(으)로 복사하지 못했습니다: {problem}. 손상된 파일은 {damaged}(으)로 "
        "보관했습니다."
    ),
    "restore.failed": "{database}(으)로 복원하지 못했습니다: {problem}. 데이터베이스는 바뀌지 않았습니다.",
    # services/database.py: opening a database file or server
    "database.cannot_open_now": "지금은 {database}을(를) 열 수 없습니다: {problem}. 파일은 바뀌지 않았습니다.",
    "database.damaged_file": "{database}을(를) 열 수 없습니다: {problem}. 파일은 바뀌지 않았습니다.",
    "database.damaged_backup": (
        "{damaged} 가장 최근 백업은 {backup}입니다({taken}에 만듦). 복원하려면(손상된 파일은 옆에 보관됩니다): "
        "civic-tracker db restore {name}"
    ),
    "database.damaged_no_backup": "{damaged} {folder}에 이 파일의 백업이 없습니다.",
    "database.damaged": "손상되었습니다",
    "database.unreadable": "데이터베이스로 읽을 수 없습니다({problem})",
    "database.not_a_database": "{database}을(를) 데이터베이스로 읽을 수 없습니다: {problem}",
    "database.missing_backup_there": (
        "{database}이(가) 없지만 백업 {kept}이(가) 있습니다. 가장 최근 백업을 복원하려면: "
        "civic-tracker db restore newest. 대신 비어 있는 새 데이터베이스로 시작하려면 먼저 폴더 {folder}을(를) "
        "다른 곳으로 옮기세요."
    ),
    "database.missing_damaged_there": (
        "{database}이(가) 없지만 손상된 사본 {kept}이(가) 있습니다. 가장 최근 백업을 복원하려면: "
        "civic-tracker db restore newest. 대신 비어 있는 새 데이터베이스로 시작하려면 먼저 폴더 {folder}을(를) "
        "다른 곳으로 옮기세요."
    ),
    "database.newer": (
        "{database}은(는) 더 새로운 버전의 Civic Tracker가 썼습니다(스키마 {current}). 이 버전은 {head}까지만 "
        "압니다. 새 버전을 설치하세요. 파일은 바뀌지 않았습니다."
    ),
    "database.newer_server": (
        "{database}은(는) 더 새로운 버전의 Civic Tracker가 썼습니다(스키마 {current}). 이 버전은 {head}까지만 "
        "압니다. 새 버전을 설치하세요. 아무것도 바꾸지 않았습니다."
    ),
    "database.upgrade_read_only": "{database}은(는) 업그레이드가 필요하지만 읽기 전용입니다",
    "database.needs_upgrade": "{database}은(는) 스키마 {current}이며 {head}이(가) 아닙니다. 'db upgrade'를 실행하세요",
    # services/connection.py and services/database.py: reaching a server
    "server.field_empty": "{field}을(를) 비워 둘 수 없습니다",
    "server.host": "호스트",
    "server.database": "데이터베이스",
    "server.user": "사용자",
    "server.cannot_connect": "{server}에 연결할 수 없습니다: {problem}",
    "server.password_wanted": "서버가 {server}의 비밀번호를 요구합니다",
    "server.password_needed": (
        "서버가 {server}의 비밀번호를 요구합니다. ~/.pgpass에 적어 두거나"
        "(host:port:database:user:password, 권한 600) 터미널에서 시작하면 비밀번호를 묻습니다."
    ),
    "server.password_refused": (
        "서버가 {server}의 비밀번호를 받아들이지 않았습니다. ~/.pgpass에 적어 두거나"
        "(host:port:database:user:password, 권한 600) 터미널에서 시작하면 비밀번호를 묻습니다."
    ),
    "server.wrong_password": "{server}의 비밀번호가 틀렸습니다",
    "server.no_password": "{server}의 비밀번호를 입력하지 않아 아무것도 열지 않았습니다",
    "server.connected": "{role}(으)로 연결되었습니다(PostgreSQL {version})",
    "server.read_only_role": (
        "데이터베이스 역할 '{role}'은(는) 이 데이터베이스를 읽기만 할 수 있습니다. 무엇이든 바꾸려면 "
        "관리자에게 편집 권한을 요청하세요."
    ),
    # services/history.py: reading the change records
    "history.bad_date": "'{text}'은(는) 날짜가 아닙니다. 2024-03-01이나 2024.3.1 같은 날짜, 또는 7d처럼 일수로 쓰세요",
    "history.unknown_action": "알 수 없는 변경 종류 '{action}'입니다. 다음 중에서 고르세요: {allowed}",
    "history.unknown_record": "알 수 없는 기록 종류 '{kind}'입니다. 다음 중에서 고르세요: {allowed}",
    "history.line": "{record} {key}: {what}",
    "history.change": "{field}: '{old}' → '{new}'",
    "history.created_with": "{field} '{value}'(으)로 만듦",
    "history.changes_more": "{first}; {rest}",
    "history.changes_cut": "{changes}; ...",
    "history.did.create": "만듦",
    "history.did.update": "바꿈",
    "history.did.delete": "휴지통으로 옮김",
    "history.did.restore": "휴지통에서 복원함",
    "history.did.purge": "완전히 삭제함",
    "history.record.program": "사업",
    "history.record.task": "과제",
    "history.record.progress": "추진현황 기록",
    "history.record.indicator": "지표",
    "history.record.indicator_value": "지표 값",
    # the fields a change record names, as the history shows them
    "field.key": "코드",
    "field.title": "제목",
    "field.local_title": "현지어 제목",
    "field.summary": "요약",
    "field.description": "설명",
    "field.place": "지역",
    "field.lead_organization": "담당부서",
    "field.sector": "부문",
    "field.status": "상태",
    "field.start_date": "시작일",
    "field.end_date": "종료일",
    "field.is_case": "사례 라이브러리",
    "field.based_on": "바탕이 된 사례",
    "field.percent_complete": "진척률",
    "field.themes": "주제",
    "field.partners": "협력 기관",
    "field.parent": "상위 과제",
    "field.owner": "담당자",
    "field.due_date": "마감",
    "field.weight": "가중치",
    "field.position": "순서",
    "field.task": "과제",
    "field.entry_date": "날짜",
    "field.note": "비고",
    "field.author": "작성자",
    "field.name": "이름",
    "field.unit": "단위",
    "field.direction": "방향",
    "field.baseline_value": "기준값",
    "field.baseline_period": "기준 기간",
    "field.target_value": "목표값",
    "field.target_date": "목표일",
    "field.period": "기간",
    "field.value": "값",
    "field.kind": "구분",
    "field.attachment": "첨부 파일",
    # services/seed.py: the case library's data files
    "seed.bad_json": "사례 데이터 파일 {file}은(는) 올바른 JSON이 아닙니다: {problem}",
    "seed.unknown_parents": "상위 지역을 알 수 없는 사례 데이터의 지역: {keys}",
    "seed.case_clashes": "사례 '{key}'의 코드가 사무실 사업의 코드와 겹칩니다",
    # store and services errors that were still plain text
    "database.busy": (
        "데이터베이스가 사용 중입니다. 다른 Civic Tracker가 너무 오래 잠가 "
        "두었습니다. 아무것도 저장되지 않았습니다. 잠시 후 다시 시도하세요."
    ),
    "database.disk_full": (
        "데이터베이스가 있는 디스크가 가득 찼습니다. 아무것도 저장되지 않았습니다. 공간을 확보한 뒤 다시 시도하세요."
    ),
    "database.cannot_write": "이 데이터베이스에는 쓸 수 없습니다(읽기 전용). 변경 사항을 저장할 수 없습니다",
    "database.damaged_now": (
        "데이터베이스 파일이 손상되었습니다. 아무것도 저장되지 않았습니다. 앱을 닫고 "
        "백업을 복원하세요(civic-tracker db backups)."
    ),
    "database.io_error": (
        "디스크를 읽거나 쓸 수 없습니다(입출력 오류). 아무것도 저장되지 않았습니다. 다시 시도하세요."
    ),
    "database.failed": "데이터베이스가 작업을 마치지 못했습니다. 아무것도 저장되지 않았습니다({detail}).",
    "database.open_read_only": "이 데이터베이스는 읽기 전용으로 열려 있어 변경 사항을 저장할 수 없습니다",
    "text.too_long": "{field}: {limit}자보다 깁니다({length}자)",
    "trash.not_in_trash": "{kind} {id}은(는) 휴지통에 없습니다",
    "import.nothing_to_undo": "되돌릴 가져오기가 없습니다",
    "mapping.name_missing": "저장할 열 대응에는 이름이 있어야 합니다",
    "import.undo_blocked": (
        "가져오기 {batch}({file})을(를) 되돌릴 수 없습니다. "
        "이후의 수정이 같은 데이터를 바꾸었습니다: {edits}(모두 {total}건). "
        "아무것도 바뀌지 않았습니다"
    ),
    "import.undo_blocked_backup": (
        "가져오기 {batch}({file})을(를) 되돌릴 수 없습니다. "
        "이후의 수정이 같은 데이터를 바꾸었습니다: {edits}(모두 {total}건). "
        "아무것도 바뀌지 않았습니다. 또는 백업 {backup}을(를) 복원하세요"
    ),
    "mapping.not_found": "'{name}'(이)라는 저장된 열 대응이 없습니다",
    # excel/reader.py: files that cannot be read
    "read.kind.pdf": "PDF 문서",
    "read.kind.image": "이미지",
    "read.kind.rtf": "RTF 문서",
    "read.kind.html": "웹 페이지(HTML)",
    "read.kind.gzip": "gzip으로 압축된 파일(먼저 압축을 풀어야 함)",
    "read.kind.zip": "zip 압축 파일(Excel 통합 문서라면 이름을 .xlsx로 바꿔야 함)",
    "read.kind.old_office": "이전 형식의 Office 파일(.xls 통합 문서라면 이름을 .xls로 바꿔야 함)",
    "read.kind.archive": "압축 파일(먼저 압축을 풀어야 함)",
    "read.no_extension": "{file}: 확장자가 없는 파일은 가져올 수 없습니다. {supported} 파일을 사용하세요",
    "read.unsupported": "{file}: {suffix} 파일은 가져올 수 없습니다. {supported} 파일을 사용하세요",
    "read.no_such_file": "{file}: 파일이 없습니다",
    "read.cannot_read": "{file}: 파일을 읽을 수 없습니다: {problem}",
    "read.empty": "{file}: 파일이 비어 있습니다(0바이트)",
    "read.not_csv": "{file}: CSV 텍스트 파일이 아니라 {kind}입니다",
    "read.binary_line": (
        "{file}: CSV 텍스트 파일이 아닙니다. 텍스트에는 없는 NUL 바이트가 {line}번째 줄에 있는 바이너리 데이터입니다"
    ),
    "read.binary_lines": (
        "{file}: CSV 텍스트 파일이 아닙니다. 텍스트에는 없는 NUL 바이트가 {lines}번째 줄에 있는 바이너리 데이터입니다"
    ),
    "read.csv_too_large": "{file}: 가져오지 않습니다. {megabytes:,.0f}MB는 CSV 가져오기가 받을 수 있는 크기를 넘습니다",
    "read.utf16_damaged": "{file}: UTF-16 텍스트로 시작하지만 뒷부분이 손상된 파일입니다. 파일을 다시 저장하세요",
    "read.unknown_encoding": (
        "{file}: 텍스트가 UTF-8, CP949(한국어), GB18030(중국어) 중 어느 것도 아닙니다. UTF-8로 저장하세요"
    ),
    "read.damaged_utf8": (
        "{file}: {line}번째 줄의 {position}번째 바이트(0x{byte:02X})가 UTF-8이 아닙니다. 파일의 나머지 부분은 "
        "UTF-8이므로 파일이 손상되었거나 인코딩이 섞여 있습니다. 파일을 열어 그 줄을 고친 뒤 UTF-8로 저장하세요"
    ),
    "read.quote_not_closed": '{file}: {row}행: 따옴표로 시작한 셀이 닫히지 않았습니다(" 하나가 빠졌습니다)',
    "read.csv_row_unreadable": "{file}: {row}행을 CSV로 읽을 수 없습니다({problem}). 따옴표를 확인하세요",
    "read.not_a_spreadsheet": "{file}: 이름은 {suffix} 파일이지만 스프레드시트가 아니라 {kind}입니다",
    "read.xls_named_otherwise": (
        "{file}: 이름은 {suffix} 파일이지만 이전 형식의 .xls 통합 문서입니다. 이름을 .xls로 바꾸세요"
    ),
    "read.not_inside": "{file}: 스프레드시트가 아닙니다(내용이 {suffix} 파일이 아닙니다)",
    "read.xlsx_named_xls": "{file}: 이름은 .xls 파일이지만 .xlsx 통합 문서입니다. 이름을 .xlsx로 바꾸세요",
    "read.not_xls": "{file}: Excel 97-2003(.xls) 통합 문서가 아닙니다",
    "read.ods_named_excel": "{file}: 이름은 Excel 파일이지만 OpenDocument(.ods) 파일입니다. 이름을 .ods로 바꾸세요",
    "read.zip_not_excel": "{file}: 이 zip 파일은 Excel 통합 문서가 아닙니다(xl/workbook.xml 없음)",
    "read.zip_not_ods": "{file}: 이 zip 파일은 OpenDocument 스프레드시트가 아닙니다(content.xml 없음)",
    "read.damaged": "{file}: 파일이 손상되었거나 불완전합니다({detail})",
    "read.incomplete_archive": "완전한 {kind} 압축 파일이 아님",
    "read.unreadable": "{file}: 파일이 손상되었거나 읽을 수 있는 스프레드시트가 아닙니다({problem})",
    "read.password_protected": "{file}: 암호로 보호된 통합 문서입니다. 암호를 없앤 사본을 저장하세요",
    "read.entity_bomb": (
        "{file}: 가져오지 않습니다. 구성 요소 {part}에 XML 엔터티 선언이 있습니다(엔터티 폭탄일 수 있음)"
    ),
    "read.zip_bomb_part": (
        "{file}: 가져오지 않습니다. 구성 요소 {part}은(는) 압축을 풀면 {ratio:,}배로 커집니다(zip 폭탄일 수 있음)"
    ),
    "read.zip_bomb_total": (
        "{file}: 가져오지 않습니다. 압축을 풀면 {megabytes:,.0f}MB가 되어 {limit:,.0f}MB를 넘습니다(zip 폭탄일 수 있음)"
    ),
    "read.workbook_part_unsafe": "{file}: 통합 문서 구성 요소가 올바르거나 안전한 XML이 아닙니다({problem})",
    "read.unsafe_xml": "{file}: 통합 문서가 안전한 XML이 아닙니다({problem})",
    "read.too_many_rows": (
        "{file}: '{sheet}' 시트의 행이 {limit:,}개를 넘습니다. 더 작은 파일로 나누어 하나씩 가져오세요"
    ),
    "read.grid_too_large": (
        "{file}: '{sheet}' 시트에는 {cell}까지 셀이 있어 셀 {cells:,}개 크기의 표가 됩니다. 시트 하나에는 "
        "열 {max_columns:,}개, 셀 {max_cells:,}개까지만 가능합니다. 멀리 떨어진 셀을 지우거나 시트를 나눈 뒤 "
        "다시 가져오세요"
    ),
    "read.sheet_unreadable": "{file}: '{sheet}' 시트를 읽을 수 없습니다({problem})",
    # excel/writer.py: a sheet longer than Excel allows
    "export.too_many_rows": "'{sheet}' 시트의 행이 Excel에서 허용하는 수({limit:,}개)보다 많습니다",
}
