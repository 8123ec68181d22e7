<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Launch Atlas</source>
        <translation>Launch Atlas 정보</translation>
    </message>
    <message>
        <source>Launch Atlas icon</source>
        <translation>Launch Atlas 아이콘</translation>
    </message>
    <message>
        <source>Launch Atlas</source>
        <translation>Launch Atlas</translation>
    </message>
    <message>
        <source>Data sources and attribution</source>
        <translation>데이터 출처와 저작자 표시</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>저장 안 함</translation>
    </message>
</context>
<context>
    <name>StanceBadge</name>
    <message>
        <source>condemn</source>
        <translation>규탄</translation>
    </message>
    <message>
        <source>protest</source>
        <translation>항의</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>우려</translation>
    </message>
    <message>
        <source>urge</source>
        <translation>촉구</translation>
    </message>
    <message>
        <source>support</source>
        <translation>지지</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>condemned, denounced or called it a violation</source>
        <translation>규탄·비난하거나 위반이라고 함</translation>
    </message>
    <message>
        <source>lodged a formal protest</source>
        <translation>공식 항의함</translation>
    </message>
    <message>
        <source>expressed concern or alarm</source>
        <translation>우려나 경계를 표명함</translation>
    </message>
    <message>
        <source>urged North Korea to halt or refrain</source>
        <translation>북한에 중단이나 자제를 촉구함</translation>
    </message>
    <message>
        <source>sympathy, backing or justification</source>
        <translation>공감·지지 또는 정당화</translation>
    </message>
    <message>
        <source>confirmed, detected or reported, without judgement</source>
        <translation>판단 없이 확인·탐지·보고함</translation>
    </message>
    <message>
        <source>reaffirmed an alliance or coordination</source>
        <translation>동맹이나 공조를 재확인함</translation>
    </message>
    <message>
        <source>offered or called for talks</source>
        <translation>대화를 제안하거나 촉구함</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Ballistic</source>
        <translation>탄도</translation>
    </message>
    <message>
        <source>Hypersonic</source>
        <translation>극초음속</translation>
    </message>
    <message>
        <source>Cruise</source>
        <translation>순항</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Undated (%1)</source>
        <translation>날짜 미상 (%1)</translation>
    </message>
    <message>
        <source>inferred · %1</source>
        <translation>추정 · %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter of a year</comment>
        <translation>%1분기</translation>
    </message>
    <message>
        <source> · %1 missiles</source>
        <translation> · 미사일 %1발</translation>
    </message>
    <message>
        <source> · sources disagree</source>
        <translation> · 출처 간 불일치</translation>
    </message>
    <message>
        <source>%1 (context)</source>
        <translation>%1 (문맥상)</translation>
    </message>
</context>
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Launch Atlas %1&lt;/h2&gt;&lt;p&gt;North Korea&apos;s missile launches from the news: a timeline, a map and the diplomatic reactions, every fact traced to its sentence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Launch Atlas %1&lt;/h2&gt;&lt;p&gt;뉴스로 보는 북한의 미사일 발사: 타임라인, 지도, 외교적 반응. 모든 사실은 그 출처 문장으로 이어집니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::ArticleView</name>
    <message>
        <source>publication date</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>반응</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>데이트라인</translation>
    </message>
    <message>
        <source>date stamp</source>
        <translation>날짜 표시</translation>
    </message>
    <message>
        <source>site banner</source>
        <translation>사이트 배너</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>찾지 못함</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>날짜 출처</translation>
    </message>
    <message>
        <source>Every article read, with its publication date and where that date came from</source>
        <translation>읽은 모든 기사와 발행일, 그 날짜의 출처</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; about the launch of %2: “%3”</source>
        <translation>%2 발사에 대한 &lt;b&gt;%1&lt;/b&gt;: “%3”</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the launch of %2: %3 (read from “%4”)</source>
        <translation>%2 발사의 &lt;b&gt;%1&lt;/b&gt;: %3 (“%4”에서 읽음)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: “%2”</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>From the words “%1”</source>
        <translation>“%1”이라는 표현에서</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted span(s). Click one to select its field and launch.</source>
        <translation>
            <numerusform>강조 구간 %n개. 하나를 클릭하면 그 항목과 발사를 선택합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an article above.</source>
        <translation>위에서 기사를 고르세요.</translation>
    </message>
    <message>
        <source>Articles read</source>
        <translation>읽은 기사</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>launch site</source>
        <translation>발사 장소</translation>
    </message>
    <message>
        <source>missile class</source>
        <translation>미사일 분류</translation>
    </message>
    <message>
        <source>number of missiles</source>
        <translation>미사일 수</translation>
    </message>
    <message>
        <source>distance flown</source>
        <translation>비행 거리</translation>
    </message>
    <message>
        <source>apogee</source>
        <translation>최고 고도</translation>
    </message>
    <message>
        <source>splashdown</source>
        <translation>낙하 지점</translation>
    </message>
</context>
<context>
    <name>atlas::AssignDateDialog</name>
    <message>
        <source>Assign a Date</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The articles give no date for this launch. The date you choose is kept as your correction, beside what the articles say, and can be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;기사에는 이 발사의 날짜가 없습니다. 고른 날짜는 기사 내용과 나란히 사용자의 수정으로 보관되며 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Date of the launch</source>
        <translation>발사 날짜</translation>
    </message>
    <message>
        <source>The articles say it was a %1.</source>
        <translation>기사에 따르면 %1이었습니다.</translation>
    </message>
    <message>
        <source>The articles give the day (%1) but not the year.</source>
        <translation>기사에는 날짜(%1)는 있으나 연도는 없습니다.</translation>
    </message>
    <message>
        <source>From context (not stated): %1.</source>
        <translation>문맥상 추정 (명시되지 않음): %1.</translation>
    </message>
    <message>
        <source>Assign Date</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <source>%1 is a %2; the articles say %3.</source>
        <translation>%1은(는) %2입니다. 기사에는 %3(이)라고 되어 있습니다.</translation>
    </message>
    <message>
        <source>The articles give %1.</source>
        <translation>기사에는 %1(으)로 되어 있습니다.</translation>
    </message>
    <message>
        <source>Before the inferred range: fine if you know better.</source>
        <translation>추정 범위보다 이전입니다. 더 정확히 안다면 괜찮습니다.</translation>
    </message>
    <message>
        <source>After the inferred range: fine if you know better.</source>
        <translation>추정 범위보다 이후입니다. 더 정확히 안다면 괜찮습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::BriefingComposer</name>
    <message>
        <source>North Korean missile launches</source>
        <translation>북한 미사일 발사</translation>
    </message>
    <message>
        <source>North Korean missile launches, %1</source>
        <translation>북한 미사일 발사, %1</translation>
    </message>
    <message>
        <source>North Korean missile launches, %1–%2</source>
        <translation>북한 미사일 발사, %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n launch reported</source>
        <translation>
            <numerusform>보도된 발사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n launches reported</source>
        <translation>
            <numerusform>보도된 발사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n articles</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date</source>
        <translation>
            <numerusform>날짜 미상 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>highlighted: %1</source>
        <translation>강조: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>As of: no dated source</source>
        <translation>기준일: 날짜가 있는 출처 없음</translation>
    </message>
    <message>
        <source>Approximate values: splashdown points are ESTIMATES (reported distance on the likeliest bearing, with its uncertainty sector), not reported coordinates (%1 of the launches shown).</source>
        <translation>근사값: 낙하 지점은 보고된 좌표가 아닌 추정치입니다 (보도된 거리를 가장 그럴듯한 방위로 적용, 불확실성 부채꼴 포함; 표시된 발사 중 %1건).</translation>
    </message>
    <message>
        <source>The Japanese zone is an approximate 200-nautical-mile outline, not the legal EEZ.</source>
        <translation>일본 수역은 200해리의 대략적인 윤곽이며 법적 EEZ가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n site known only to a county or province is drawn as a disc, not a pin.</source>
        <translation>
            <numerusform>군 또는 도 단위로만 알려진 발사 장소 %n곳은 핀이 아닌 원으로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites known only to a county or province are drawn as discs, not pins.</source>
        <translation>
            <numerusform>군 또는 도 단위로만 알려진 발사 장소 %n곳은 핀이 아닌 원으로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are as precise as the sources: a bar spans a week or month when no day is given.</source>
        <translation>날짜는 출처만큼 정확합니다: 날이 없으면 막대가 주나 달에 걸쳐 그려집니다.</translation>
    </message>
    <message>
        <source>Data: launches and reactions extracted by Launch Atlas from the news articles listed, as they state them. Map: %1</source>
        <translation>데이터: 나열된 뉴스 기사에서 Launch Atlas가 기사 내용 그대로 추출한 발사와 반응. 지도: %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n article)</source>
        <translation>
            <numerusform>출처 (기사 %n건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n articles)</source>
        <translation>
            <numerusform>출처 (기사 %n건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all are listed by File → Export data)</source>
        <translation>
            <numerusform>… 외 %n건 (전체 목록은 파일 → 데이터 내보내기)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::CorrectionDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation>수정: %1</translation>
    </message>
    <message>
        <source>The machine read: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>기계가 읽은 값: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Now shown: %1</source>
        <translation>현재 표시: %1</translation>
    </message>
    <message>
        <source>Why (optional): the source you checked, the reason…</source>
        <translation>이유 (선택): 확인한 출처, 근거…</translation>
    </message>
    <message>
        <source>(no weekday)</source>
        <translation>(요일 없음)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>From</source>
        <translation>부터</translation>
    </message>
    <message>
        <source>To</source>
        <translation>까지</translation>
    </message>
    <message>
        <source>Weekday (unknown dates)</source>
        <translation>요일 (날짜 미상)</translation>
    </message>
    <message>
        <source>Place (gazetteer name)</source>
        <translation>장소 (지명 사전 이름)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Designations, comma-separated</source>
        <translation>명칭, 쉼표로 구분</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>no upper bound (&quot;at least&quot;)</source>
        <translation>상한 없음 (&quot;최소&quot;)</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>최대</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>(exact)</source>
        <translation>(정확)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>킬로미터</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>한정어</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(언급 없음)</translation>
    </message>
    <message>
        <source>East Sea (Sea of Japan)</source>
        <translation>동해 (일본해)</translation>
    </message>
    <message>
        <source>Yellow Sea (West Sea)</source>
        <translation>황해 (서해)</translation>
    </message>
    <message>
        <source>inside Japan&apos;s EEZ</source>
        <translation>일본 EEZ 안</translation>
    </message>
    <message>
        <source>outside Japan&apos;s EEZ</source>
        <translation>일본 EEZ 밖</translation>
    </message>
    <message>
        <source>hit a land target</source>
        <translation>지상 표적 타격</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>바다</translation>
    </message>
    <message>
        <source>EEZ</source>
        <translation>EEZ</translation>
    </message>
    <message>
        <source>set by the analyst</source>
        <translation>분석가가 지정</translation>
    </message>
</context>
<context>
    <name>atlas::CorrectionsDialog</name>
    <message>
        <source>Corrections</source>
        <translation>수정 내역</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Take this correction back (Edit → Undo brings it again)</source>
        <translation>이 수정을 되돌립니다 (편집 → 실행 취소로 다시 적용)</translation>
    </message>
    <message>
        <source>Machine read: %1
You set: %2</source>
        <translation>기계가 읽은 값: %1
사용자 설정: %2</translation>
    </message>
    <message>
        <source>does not fit the articles read</source>
        <translation>읽은 기사와 맞지 않음</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>적용됨</translation>
    </message>
</context>
<context>
    <name>atlas::DateText</name>
    <message>
        <source>%1 (year not stated)</source>
        <translation>%1 (연도 미상)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 주간</translation>
    </message>
    <message>
        <source>%1 (date unknown)</source>
        <translation>%1 (날짜 미상)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>inferred %1</source>
        <translation>추정 %1</translation>
    </message>
    <message>
        <source>inferred %1 – %2</source>
        <translation>추정 %1 – %2</translation>
    </message>
    <message>
        <source>inferred after %1</source>
        <translation>추정 %1 이후</translation>
    </message>
    <message>
        <source>inferred before %1</source>
        <translation>추정 %1 이전</translation>
    </message>
</context>
<context>
    <name>atlas::EditController</name>
    <message>
        <source>There is no active edit %1.</source>
        <translation>활성 수정 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::ExportActions</name>
    <message>
        <source>Copy &amp;Picture</source>
        <translation>그림 복사(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Put a picture of the map (or of the timeline or reactions, when they have the focus) on the clipboard</source>
        <translation>지도 그림(타임라인이나 반응에 포커스가 있으면 그 그림)을 클립보드에 복사</translation>
    </message>
    <message>
        <source>Export a picture of the map, timeline, reactions or a briefing page (PNG, SVG, PDF)</source>
        <translation>지도, 타임라인, 반응 또는 브리핑 페이지를 그림으로 내보냅니다 (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>데이터 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the launches as CSV, GeoJSON or KML for spreadsheets and map tools</source>
        <translation>발사 목록을 스프레드시트와 지도 도구용 CSV, GeoJSON, KML로 저장합니다</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>CSV: one launch a row, with its sources (spreadsheets)</source>
        <translation>CSV: 한 행에 발사 하나, 출처 포함 (스프레드시트)</translation>
    </message>
    <message>
        <source>GeoJSON: sites and estimated splashdown arcs (QGIS, web maps)</source>
        <translation>GeoJSON: 발사 장소와 추정 비행 궤적 (QGIS, 웹 지도)</translation>
    </message>
    <message>
        <source>KML: sites and arcs with their dates (Google Earth, QGIS)</source>
        <translation>KML: 날짜가 있는 발사 장소와 궤적 (Google Earth, QGIS)</translation>
    </message>
    <message>
        <source>Splashdown arcs are estimates from the reported distance and are marked approximate.</source>
        <translation>낙하 궤적은 보도된 거리로 추정한 것이며 근사값으로 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson)</source>
        <translation>GeoJSON 파일 (*.geojson)</translation>
    </message>
    <message>
        <source>KML files (*.kml)</source>
        <translation>KML 파일 (*.kml)</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Export Picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>Briefing page</source>
        <translation>브리핑 페이지</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>반응</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG (vector, text kept as text)</source>
        <translation>SVG (벡터, 글자는 텍스트로 유지)</translation>
    </message>
    <message>
        <source>PDF (vector, one page)</source>
        <translation>PDF (벡터, 한 페이지)</translation>
    </message>
    <message>
        <source>1920 × 1080 (slide)</source>
        <translation>1920 × 1080 (슬라이드)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K slide)</source>
        <translation>3840 × 2160 (4K 슬라이드)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>레터 가로</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Print (white, darker lines)</source>
        <translation>인쇄용 (흰 바탕, 진한 선)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>대상(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>사용자 지정 크기:</translation>
    </message>
    <message>
        <source>S&amp;cale (PNG):</source>
        <translation>배율(&amp;C) (PNG):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>부제(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 픽셀</translation>
    </message>
    <message>
        <source>%1, vector</source>
        <translation>%1, 벡터</translation>
    </message>
    <message>
        <source>%1 × %2 px page, vector</source>
        <translation>%1 × %2 px 페이지, 벡터</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>atlas::Exporter</name>
    <message>
        <source>Map: </source>
        <translation>지도: </translation>
    </message>
    <message>
        <source>Timeline: </source>
        <translation>타임라인: </translation>
    </message>
    <message>
        <source>Reactions: </source>
        <translation>반응: </translation>
    </message>
    <message>
        <source>The picture could not be encoded as PNG.</source>
        <translation>그림을 PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>atlas::FieldText</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Launch site</source>
        <translation>발사 장소</translation>
    </message>
    <message>
        <source>Missile class</source>
        <translation>미사일 분류</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Number of missiles</source>
        <translation>미사일 수</translation>
    </message>
    <message>
        <source>Distance flown</source>
        <translation>비행 거리</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>최고 고도</translation>
    </message>
    <message>
        <source>Splashdown</source>
        <translation>낙하 지점</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Not a launch</source>
        <translation>발사 아님</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>%1 미만</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>최소 %1</translation>
    </message>
    <message>
        <source>close to %1</source>
        <translation>%1 가까이</translation>
    </message>
    <message>
        <source>as far as %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>as high as %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>as much as %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>as many as %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>just over %1</source>
        <translation>%1 남짓</translation>
    </message>
    <message>
        <source>just under %1</source>
        <translation>%1 조금 못 미침</translation>
    </message>
    <message>
        <source>a maximum of %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>an estimated %1</source>
        <translation>추정 %1</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>추정 %1</translation>
    </message>
    <message>
        <source>approximately %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>approx. %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>some %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>roughly %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>nearly %1</source>
        <translation>%1 가까이</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>%1 가까이</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1 미만</translation>
    </message>
    <message>
        <source>East Sea</source>
        <translation>동해</translation>
    </message>
    <message>
        <source>Yellow Sea</source>
        <translation>황해</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>land impact</source>
        <translation>지상 낙하</translation>
    </message>
    <message>
        <source>inside Japan&apos;s EEZ</source>
        <translation>일본 EEZ 안</translation>
    </message>
    <message>
        <source>outside Japan&apos;s EEZ</source>
        <translation>일본 EEZ 밖</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>primary</source>
        <translation>직접 보도</translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>atlas::FindBar</name>
    <message>
        <source>Find launches, places, actors, article text</source>
        <translation>발사, 장소, 행위자, 기사 본문 찾기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Type a date, a missile class, a place, a country or person, or any words from the articles. Down arrow moves to the results; Escape closes.</source>
        <translation>날짜, 미사일 분류, 장소, 나라나 인물, 또는 기사 속 낱말을 입력하세요. 아래 화살표는 결과로, Esc는 닫기입니다.</translation>
    </message>
    <message>
        <source>Find results count</source>
        <translation>찾은 결과 수</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>찾은 결과</translation>
    </message>
    <message>
        <source>Enter or double-click: select the launch, or open the article at the match</source>
        <translation>Enter 또는 두 번 클릭: 발사를 선택하거나 일치하는 곳에서 기사를 엽니다</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>발사</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Open the article at this match</source>
        <translation>이 일치 위치에서 기사를 엽니다</translation>
    </message>
    <message>
        <source>Select this launch in every pane</source>
        <translation>모든 창에서 이 발사를 선택합니다</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치하는 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n건 일치</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::FirstRunHint</name>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Launch Atlas&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Select a launch&lt;/b&gt; on the timeline or the map: its reactions and sources follow.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Play the year&lt;/b&gt; on the timeline to watch the launches unfold.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export a briefing&lt;/b&gt; (File → Export…) for slides or print.&lt;/li&gt;&lt;/ol&gt;Find anything with Ctrl+F. Tab moves between the panes.</source>
        <translation>&lt;b&gt;Launch Atlas에 오신 것을 환영합니다&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;타임라인이나 지도에서 &lt;b&gt;발사를 선택&lt;/b&gt;하세요. 반응과 출처가 함께 표시됩니다.&lt;/li&gt;&lt;li&gt;타임라인에서 &lt;b&gt;한 해를 재생&lt;/b&gt;하며 발사가 이어지는 모습을 보세요.&lt;/li&gt;&lt;li&gt;슬라이드나 인쇄용 &lt;b&gt;브리핑을 내보내세요&lt;/b&gt; (파일 → 내보내기…).&lt;/li&gt;&lt;/ol&gt;Ctrl+F로 무엇이든 찾을 수 있습니다. Tab 키로 창 사이를 옮겨 다닙니다.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Dismiss the getting-started hint</source>
        <translation>시작하기 안내 닫기</translation>
    </message>
    <message>
        <source>Hide this hint (Help → Getting Started shows it again)</source>
        <translation>이 안내를 숨깁니다 (도움말 → 시작하기에서 다시 볼 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>atlas::GlossaryDialog</name>
    <message>
        <source> — range about %1 to %2 km</source>
        <translation> — 사거리 약 %1~%2 km</translation>
    </message>
    <message>
        <source>
| class | range |
|---|---|
</source>
        <translation>
| 분류 | 사거리 |
|---|---|
</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation>용어 찾기…</translation>
    </message>
</context>
<context>
    <name>atlas::ImportDialog</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>갱신됨</translation>
    </message>
    <message>
        <source>re-extracted</source>
        <translation>다시 추출됨</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Cancelling… what is already in stays in.</source>
        <translation>취소하는 중… 이미 들어간 것은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>파일 목록을 만드는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 files · %3 launches found · %4 added · %5 skipped</source>
        <translation>파일 %2개 중 %1개 · 발사 %3회 발견 · %4개 추가 · %5개 건너뜀</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>가져오기 취소됨</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>가져오기 중단됨</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>The library was left as it was before the failing batch.</source>
        <translation>라이브러리는 실패한 묶음 이전 상태 그대로입니다.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
</context>
<context>
    <name>atlas::LaunchDetails</name>
    <message>
        <source>&lt;div style=&quot;color:#C0392B&quot;&gt;Sources disagree:&lt;/div&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;%1&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;div style=&quot;color:#C0392B&quot;&gt;출처 간 불일치:&lt;/div&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;%1&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;div style=&quot;color:#666&quot;&gt;&lt;small&gt;machine read: &lt;s&gt;%1&lt;/s&gt; · corrected %2%3 &lt;a href=&quot;revert:%4&quot;&gt;revert&lt;/a&gt;&lt;/small&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;color:#666&quot;&gt;&lt;small&gt;기계가 읽은 값: &lt;s&gt;%1&lt;/s&gt; · %2에 수정%3 &lt;a href=&quot;revert:%4&quot;&gt;되돌리기&lt;/a&gt;&lt;/small&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Launch details</source>
        <translation>발사 상세 정보</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Correct a field the machine read</source>
        <translation>기계가 읽은 항목을 수정합니다</translation>
    </message>
    <message>
        <source>Not a launch</source>
        <translation>발사 아님</translation>
    </message>
    <message>
        <source>Mark this as not a missile launch (artillery, a parade, a test of something else)</source>
        <translation>미사일 발사가 아닌 것으로 표시합니다 (포격, 열병식, 다른 시험)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>병합…</translation>
    </message>
    <message>
        <source>This and another entry are the same launch</source>
        <translation>이 항목과 다른 항목은 같은 발사입니다</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>분리…</translation>
    </message>
    <message>
        <source>Some of these accounts tell of another launch</source>
        <translation>이 보도 중 일부는 다른 발사에 관한 것입니다</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <source>Add a note to this launch</source>
        <translation>이 발사에 메모를 덧붙입니다</translation>
    </message>
    <message>
        <source>reported first-hand</source>
        <translation>직접 보도됨</translation>
    </message>
    <message>
        <source>only mentioned in passing</source>
        <translation>지나가며 언급됨</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#C0392B&quot;&gt;sources disagree&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#C0392B&quot;&gt;출처 간 불일치&lt;/span&gt;</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>무슨 뜻인가요?</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your corrections&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;사용자 수정&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a launch on the timeline or the map to see everything known of it, where each value came from, and to correct it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;타임라인이나 지도에서 발사를 선택하면 알려진 모든 내용과 각 값의 출처를 보고 수정할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Machine read: %1
You set: %2</source>
        <translation>기계가 읽은 값: %1
사용자 설정: %2</translation>
    </message>
    <message>
        <source>(not in the machine&apos;s reading)</source>
        <translation>(기계가 읽은 내용에 없음)</translation>
    </message>
    <message>
        <source>Correction not applied</source>
        <translation>수정이 적용되지 않음</translation>
    </message>
    <message>
        <source>Why is “%1” not a missile launch? (optional)</source>
        <translation>“%1”이(가) 미사일 발사가 아닌 이유는? (선택)</translation>
    </message>
    <message>
        <source>Merge launches</source>
        <translation>발사 병합</translation>
    </message>
    <message>
        <source>“%1” is the same launch as:</source>
        <translation>“%1”와(과) 같은 발사:</translation>
    </message>
    <message>
        <source>Split launch</source>
        <translation>발사 분리</translation>
    </message>
    <message>
        <source>This launch has one source: there is nothing to split off.</source>
        <translation>이 발사의 출처는 하나뿐이라 분리할 것이 없습니다.</translation>
    </message>
    <message>
        <source>The accounts from the checked articles tell of a different launch:</source>
        <translation>선택한 기사들의 설명은 다른 발사에 관한 것입니다:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Your note on “%1”:</source>
        <translation>“%1”에 대한 메모:</translation>
    </message>
    <message>
        <source>&lt;div style=&quot;background:#EEF4FF; color:#1a1a1a; padding:3px&quot;&gt;&lt;i&gt;Inferred, not stated:&lt;/i&gt; between %1 and %2&lt;br&gt;&lt;small&gt;because: %3&lt;/small&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;background:#EEF4FF; color:#1a1a1a; padding:3px&quot;&gt;&lt;i&gt;명시되지 않은 추정:&lt;/i&gt; %1에서 %2 사이&lt;br&gt;&lt;small&gt;근거: %3&lt;/small&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;background:#FFF8D0; color:#1a1a1a; padding:3px&quot;&gt;&lt;b&gt;Note:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;background:#FFF8D0; color:#1a1a1a; padding:3px&quot;&gt;&lt;b&gt;메모:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Everything known of the selected launch</source>
        <translation>선택한 발사에 대해 알려진 모든 것</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 · %n source(s)%2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 · 출처 %n건%2&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n source(s))</source>
        <translation>
            <numerusform>%1 (출처 %n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::LibraryActions</name>
    <message>
        <source>Library: %1 of %2 articles read</source>
        <translation>라이브러리: 기사 %2건 중 %1건 읽음</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>새 라이브러리(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty library file</source>
        <translation>빈 라이브러리 파일을 새로 만듭니다</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>라이브러리 열기(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a library of articles, extractions and corrections</source>
        <translation>기사, 추출 결과, 수정 내역이 담긴 라이브러리를 엽니다</translation>
    </message>
    <message>
        <source>Recent Li&amp;braries</source>
        <translation>최근 라이브러리(&amp;B)</translation>
    </message>
    <message>
        <source>Adding the bundled articles…</source>
        <translation>기본 제공 기사를 추가하는 중…</translation>
    </message>
    <message>
        <source>Opening library %1…</source>
        <translation>라이브러리 %1 여는 중…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 여는 중</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>새 라이브러리</translation>
    </message>
    <message>
        <source>%1 already exists. A new library never replaces a file; choose another name or open it with Open Library.</source>
        <translation>%1이(가) 이미 있습니다. 새 라이브러리는 파일을 덮어쓰지 않습니다. 다른 이름을 고르거나 라이브러리 열기로 여세요.</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>%1(으)로 가져오는 중</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>라이브러리를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saving Corrections</source>
        <translation>수정 내역 저장</translation>
    </message>
    <message>
        <source>Your correction is on screen but could not be saved in the library: %1</source>
        <translation>수정 내용이 화면에는 있지만 라이브러리에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Library Cannot Be Opened</source>
        <translation>라이브러리를 열 수 없음</translation>
    </message>
    <message>
        <source>%1

The file was not changed and will not be.</source>
        <translation>%1

파일은 바뀌지 않았고 앞으로도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>백업 사본 열기</translation>
    </message>
    <message>
        <source>Start a New Library</source>
        <translation>새 라이브러리 시작</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>다른 것 열기…</translation>
    </message>
    <message>
        <source>Launch Atlas libraries (*.atlas);;All files (*)</source>
        <translation>Launch Atlas 라이브러리 (*.atlas);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>라이브러리 열기</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Launch Atlas</source>
        <translation>Launch Atlas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Loading cancelled; nothing was changed.</source>
        <translation>불러오기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: %1</source>
        <translation>
            <numerusform>파일 %n개를 건너뜀: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>반응</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Articles…</source>
        <translation>기사 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Read news articles (.txt, .md, .html) and extract their launches</source>
        <translation>뉴스 기사(.txt, .md, .html)를 읽고 발사 정보를 추출합니다</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>폴더 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Read every article in a folder and its subfolders</source>
        <translation>폴더와 하위 폴더의 모든 기사를 읽습니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export pictures of the map, timeline and reactions</source>
        <translation>지도, 타임라인, 반응을 그림으로 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find launches, places, actors and words in the articles</source>
        <translation>발사, 장소, 행위자, 기사 속 낱말을 찾습니다</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>전체 화면(&amp;U)</translation>
    </message>
    <message>
        <source>Use the whole screen for the map, timeline and reactions</source>
        <translation>지도, 타임라인, 반응을 화면 전체로 봅니다</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>용어집(&amp;G)</translation>
    </message>
    <message>
        <source>Getting &amp;Started</source>
        <translation>시작하기(&amp;S)</translation>
    </message>
    <message>
        <source>Show what to try first</source>
        <translation>처음 해 볼 일을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;About Launch Atlas</source>
        <translation>Launch Atlas 정보(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>경로 %n개를 읽는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>기사 (*.txt *.md *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>%1 articles · %2 launches · %3 reactions</source>
        <translation>기사 %1건 · 발사 %2회 · 반응 %3건</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Close Launch Atlas; the window layout is kept for next time</source>
        <translation>Launch Atlas를 닫습니다. 창 배치는 다음에도 유지됩니다</translation>
    </message>
    <message>
        <source>Undo your last correction</source>
        <translation>마지막 수정을 취소합니다</translation>
    </message>
    <message>
        <source>Redo the correction you undid</source>
        <translation>취소한 수정을 다시 적용합니다</translation>
    </message>
    <message>
        <source>Show or hide the %1 pane</source>
        <translation>%1 창을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>Put every pane back where it was at first start</source>
        <translation>모든 창을 처음 시작했을 때의 자리로 되돌립니다</translation>
    </message>
    <message>
        <source>Missile classes, date precision and the other terms, in plain words</source>
        <translation>미사일 분류, 날짜 정밀도 등 용어를 쉬운 말로 설명합니다</translation>
    </message>
    <message>
        <source>Version, data sources and their licences</source>
        <translation>버전, 데이터 출처와 라이선스</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>수정 내역(&amp;C)…</translation>
    </message>
    <message>
        <source>Every correction you made, with the machine&apos;s value; revert any of them</source>
        <translation>기계가 읽은 값과 함께 보는 모든 수정 내역. 어느 것이든 되돌릴 수 있습니다</translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message>
        <source>%1, bearing %2° (%3)</source>
        <translation>%1, 방위 %2° (%3)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>전체 기간</translation>
    </message>
    <message numerus="yes">
        <source>Launches %1 · %n shown</source>
        <translation>
            <numerusform>발사 %1 · %n건 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n undated, always shown)</source>
        <translation>
            <numerusform> (날짜 미상 %n건, 항상 표시)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1 (보도)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>land target, approx.</source>
        <translation>지상 표적, 추정</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>Natural Earth (public domain) · Lambert conformal conic · splashdowns approx.</source>
        <translation>Natural Earth (퍼블릭 도메인) · 람베르트 정각원추도법 · 낙하 지점은 추정</translation>
    </message>
    <message>
        <source>class not stated</source>
        <translation>분류 미상</translation>
    </message>
    <message>
        <source>marker size: number of launches</source>
        <translation>표지 크기: 발사 횟수</translation>
    </message>
    <message>
        <source>site known only roughly (estimate)</source>
        <translation>대략적인 장소 (추정)</translation>
    </message>
    <message>
        <source>splashdown, approx. (sector: uncertainty)</source>
        <translation>낙하 지점, 추정 (부채꼴: 불확실성)</translation>
    </message>
    <message>
        <source>range rings of the selected launch</source>
        <translation>선택한 발사의 사거리 원</translation>
    </message>
    <message>
        <source>Japan zone: approximate, not the legal EEZ</source>
        <translation>일본 수역: 근사치이며 법적 EEZ가 아님</translation>
    </message>
    <message>
        <source>ruler: great-circle distance</source>
        <translation>자: 대권 거리</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>East Sea</source>
        <translation>동해</translation>
    </message>
    <message>
        <source>Sea of Japan</source>
        <translation>일본해</translation>
    </message>
    <message>
        <source>Yellow Sea</source>
        <translation>황해</translation>
    </message>
    <message>
        <source>West Sea</source>
        <translation>서해</translation>
    </message>
    <message>
        <source>Japan zone</source>
        <translation>일본 수역</translation>
    </message>
    <message>
        <source>approximate, not the legal EEZ</source>
        <translation>근사치, 법적 EEZ 아님</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>Map of launch sites</source>
        <translation>발사 장소 지도</translation>
    </message>
    <message>
        <source>Launch sites and approximate splashdown arcs. Wheel or +/- to zoom, drag or arrows to pan, click a site to select its launch, Shift+drag to measure.</source>
        <translation>발사 장소와 추정 낙하 궤적. 휠이나 +/-로 확대·축소, 끌기나 화살표로 이동, 장소를 클릭하면 그 발사를 선택, Shift+끌기로 거리를 잽니다.</translation>
    </message>
    <message>
        <source>Fit launches</source>
        <translation>발사에 맞추기</translation>
    </message>
    <message>
        <source>Show every launch in the date window (F)</source>
        <translation>날짜 범위의 모든 발사를 보여 줍니다 (F)</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>자</translation>
    </message>
    <message>
        <source>Drag to measure great-circle distance and bearing (or Shift+drag); Esc clears</source>
        <translation>끌어서 대권 거리와 방위를 잽니다 (또는 Shift+끌기). Esc로 지웁니다</translation>
    </message>
    <message>
        <source>Japan zone</source>
        <translation>일본 수역</translation>
    </message>
    <message>
        <source>An approximate Japanese 200-nautical-mile zone: not the legal EEZ</source>
        <translation>일본 200해리 수역의 근사치: 법적 EEZ가 아님</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n launch(es)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: 발사 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>class not stated</source>
        <translation>분류 미상</translation>
    </message>
    <message>
        <source>distance not stated</source>
        <translation>거리 미상</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n source(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 출처 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>장소: %1</translation>
    </message>
    <message>
        <source>Splashdown (approx.): %1, %2 km ± bearing %3°–%4°; %5</source>
        <translation>낙하 지점 (추정): %1, %2 km ± 방위 %3°–%4°; %5</translation>
    </message>
    <message>
        <source>at sea</source>
        <translation>해상</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::PlaceNames</name>
    <message>
        <source>CHINA</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>NORTH KOREA</source>
        <translation>북한</translation>
    </message>
    <message>
        <source>SOUTH KOREA</source>
        <translation>한국</translation>
    </message>
    <message>
        <source>JAPAN</source>
        <translation>일본</translation>
    </message>
    <message>
        <source>RUSSIA</source>
        <translation>러시아</translation>
    </message>
    <message>
        <source>MONGOLIA</source>
        <translation>몽골</translation>
    </message>
    <message>
        <source>TAIWAN</source>
        <translation>타이완</translation>
    </message>
    <message>
        <source>PHILIPPINES</source>
        <translation>필리핀</translation>
    </message>
    <message>
        <source>GUAM (US)</source>
        <translation>괌 (미국)</translation>
    </message>
    <message>
        <source>Pacific Ocean</source>
        <translation>태평양</translation>
    </message>
    <message>
        <source>Pyongyang</source>
        <translation>평양</translation>
    </message>
    <message>
        <source>Sunan</source>
        <translation>순안</translation>
    </message>
    <message>
        <source>Pyongyang Sunan International Airport</source>
        <translation>평양순안국제비행장</translation>
    </message>
    <message>
        <source>Ryokpho district</source>
        <translation>력포구역</translation>
    </message>
    <message>
        <source>Wonsan</source>
        <translation>원산</translation>
    </message>
    <message>
        <source>Wonsan Kalma International Airport</source>
        <translation>원산갈마국제비행장</translation>
    </message>
    <message>
        <source>Taegwan County</source>
        <translation>대관군</translation>
    </message>
    <message>
        <source>Kanggye</source>
        <translation>강계</translation>
    </message>
    <message>
        <source>Mupyong-ni Arms Plant</source>
        <translation>무평리 병기공장</translation>
    </message>
    <message>
        <source>Sohae Satellite Launching Station</source>
        <translation>서해위성발사장</translation>
    </message>
    <message>
        <source>Sinpo</source>
        <translation>신포</translation>
    </message>
    <message>
        <source>Sinpo South Shipyard</source>
        <translation>신포남조선소</translation>
    </message>
    <message>
        <source>Hamhung</source>
        <translation>함흥</translation>
    </message>
    <message>
        <source>Chongjin</source>
        <translation>청진</translation>
    </message>
    <message>
        <source>Kusong</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Kusong Testing Ground</source>
        <translation>구성 시험장</translation>
    </message>
    <message>
        <source>Sukchon</source>
        <translation>숙천</translation>
    </message>
    <message>
        <source>Hwangju</source>
        <translation>황주</translation>
    </message>
    <message>
        <source>Hwangju launch site (airfield)</source>
        <translation>황주 발사장 (비행장)</translation>
    </message>
    <message>
        <source>Jangyon</source>
        <translation>장연</translation>
    </message>
    <message>
        <source>Nampo</source>
        <translation>남포</translation>
    </message>
    <message>
        <source>Sinuiju</source>
        <translation>신의주</translation>
    </message>
    <message>
        <source>Kaechon</source>
        <translation>개천</translation>
    </message>
    <message>
        <source>Kaechon Airbase</source>
        <translation>개천 공군기지</translation>
    </message>
    <message>
        <source>Kimchaek</source>
        <translation>김책</translation>
    </message>
    <message>
        <source>Taechon</source>
        <translation>태천</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>서울</translation>
    </message>
    <message>
        <source>Busan</source>
        <translation>부산</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>도쿄</translation>
    </message>
    <message>
        <source>Sapporo</source>
        <translation>삿포로</translation>
    </message>
    <message>
        <source>Naha</source>
        <translation>나하</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>괌</translation>
    </message>
    <message>
        <source>Andersen Air Force Base</source>
        <translation>앤더슨 공군기지</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>베이징</translation>
    </message>
    <message>
        <source>Vladivostok</source>
        <translation>블라디보스토크</translation>
    </message>
    <message>
        <source>%1 (±%2 km)</source>
        <translation>%1 (±%2 km)</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>한국</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>북한</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>일본</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>미국</translation>
    </message>
    <message>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>러시아</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>독일</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>영국</translation>
    </message>
    <message>
        <source>France</source>
        <translation>프랑스</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>이탈리아</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>캐나다</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>호주</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>뉴질랜드</translation>
    </message>
    <message>
        <source>India</source>
        <translation>인도</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>타이완</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>필리핀</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>몽골</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>베트남</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>싱가포르</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>인도네시아</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>우크라이나</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>이란</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>폴란드</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>네덜란드</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>스페인</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>스웨덴</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>유럽연합</translation>
    </message>
    <message>
        <source>NATO</source>
        <translation>NATO</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>유엔</translation>
    </message>
    <message>
        <source>G7</source>
        <translation>G7</translation>
    </message>
    <message>
        <source>Kangwŏn-do</source>
        <translation>강원도</translation>
    </message>
    <message>
        <source>Hwanghae-bukto</source>
        <translation>황해북도</translation>
    </message>
    <message>
        <source>Hamgyŏng-bukto</source>
        <translation>함경북도</translation>
    </message>
    <message>
        <source>Rasŏn</source>
        <translation>라선특별시</translation>
    </message>
    <message>
        <source>Ryanggang</source>
        <translation>량강도</translation>
    </message>
    <message>
        <source>Chagang-do</source>
        <translation>자강도</translation>
    </message>
    <message>
        <source>P&apos;yŏngan-bukto</source>
        <translation>평안북도</translation>
    </message>
    <message>
        <source>P&apos;yŏngan-namdo</source>
        <translation>평안남도</translation>
    </message>
    <message>
        <source>Hwanghae-namdo</source>
        <translation>황해남도</translation>
    </message>
    <message>
        <source>Hamgyŏng-namdo</source>
        <translation>함경남도</translation>
    </message>
    <message>
        <source>P&apos;yŏngyang</source>
        <translation>평양직할시</translation>
    </message>
</context>
<context>
    <name>atlas::PlaybackBar</name>
    <message>
        <source>1 week/s</source>
        <translation>초당 1주</translation>
    </message>
    <message>
        <source>1 month/s</source>
        <translation>초당 1개월</translation>
    </message>
    <message>
        <source>1 quarter/s</source>
        <translation>초당 1분기</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Stop playback and show every launch in view</source>
        <translation>재생을 멈추고 보이는 모든 발사를 표시합니다</translation>
    </message>
    <message>
        <source>Stop playback</source>
        <translation>재생 정지</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play through the period: the map shows launches up to the cursor</source>
        <translation>기간을 재생합니다. 지도에는 커서 시점까지의 발사가 표시됩니다</translation>
    </message>
    <message>
        <source>Pause playback</source>
        <translation>재생 일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
</context>
<context>
    <name>atlas::ReactionsPanel</name>
    <message>
        <source>Diplomatic reactions</source>
        <translation>외교적 반응</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>입장으로 거르기</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>모든 입장</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>나라로 거르기</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 나라</translation>
    </message>
    <message>
        <source>Click a reaction to read it in its article</source>
        <translation>반응을 클릭하면 해당 기사에서 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>about </source>
        <translation>약 </translation>
    </message>
    <message>
        <source>same day</source>
        <translation>같은 날</translation>
    </message>
    <message>
        <source>about the same day</source>
        <translation>거의 같은 날</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1일</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation>+%1일</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1일 전</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1일 전</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>About the launch of %1</source>
        <translation>%1 발사에 대하여</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to the launch of %1</source>
        <translation>
            <numerusform>%1 발사에 대한 반응 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to launches from %1 to %2</source>
        <translation>
            <numerusform>%1부터 %2까지의 발사에 대한 반응 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to all launches; select a launch to see its own</source>
        <translation>
            <numerusform>전체 발사에 대한 반응 %n건. 발사를 선택하면 그 발사의 반응만 봅니다</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>%1 보도</translation>
    </message>
    <message>
        <source>launch day</source>
        <translation>발사 당일</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1 이내</translation>
    </message>
    <message>
        <source>Show only the reactions of one stance</source>
        <translation>한 가지 입장의 반응만 보입니다</translation>
    </message>
    <message>
        <source>Show only the reactions of one country</source>
        <translation>한 나라의 반응만 보입니다</translation>
    </message>
    <message>
        <source>Reactions by country</source>
        <translation>나라별 반응</translation>
    </message>
</context>
<context>
    <name>atlas::ReactionsRenderer</name>
    <message>
        <source>Unnamed</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Reactions: none reported in these articles</source>
        <translation>반응: 이 기사들에는 보도된 반응 없음</translation>
    </message>
    <message numerus="yes">
        <source>Reactions: %n statement</source>
        <translation>
            <numerusform>반응: 성명 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactions: %n statements</source>
        <translation>
            <numerusform>반응: 성명 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n country</source>
        <translation>
            <numerusform>, %n개국</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n countries</source>
        <translation>
            <numerusform>, %n개국</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more country</source>
        <translation>
            <numerusform>… 외 %n개국</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more countries</source>
        <translation>
            <numerusform>… 외 %n개국</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>최근 파일 목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the list of recently opened articles and folders</source>
        <translation>최근에 연 기사와 폴더 목록을 지웁니다</translation>
    </message>
</context>
<context>
    <name>atlas::RevertEditCommand</name>
    <message>
        <source>Revert “%1”</source>
        <translation>“%1” 되돌리기</translation>
    </message>
</context>
<context>
    <name>atlas::SaveCopyAction</name>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>사본 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Your work is saved as you go; this writes a copy of the library to keep or share</source>
        <translation>작업은 그때그때 저장됩니다. 이 명령은 보관하거나 공유할 라이브러리 사본을 씁니다</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>열린 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>That is the open library itself; choose another name for the copy.</source>
        <translation>지금 열려 있는 라이브러리입니다. 사본에는 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-사본</translation>
    </message>
    <message>
        <source>Save a Copy of the Library</source>
        <translation>라이브러리 사본 저장</translation>
    </message>
    <message>
        <source>Launch Atlas libraries (*.atlas)</source>
        <translation>Launch Atlas 라이브러리 (*.atlas)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>사본을 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved a copy of the library as %1</source>
        <translation>라이브러리 사본을 %1(으)로 저장했습니다</translation>
    </message>
</context>
<context>
    <name>atlas::StanceLegend</name>
    <message>
        <source>Stance legend</source>
        <translation>입장 범례</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineCanvas</name>
    <message>
        <source>Salvo: %1 missiles</source>
        <translation>일제 발사: 미사일 %1발</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Sources disagree&lt;/span&gt; (see details)</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;출처 간 불일치&lt;/span&gt; (세부 정보 참조)</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt; (from context; the articles give no date)</source>
        <translation>&lt;i&gt;%1&lt;/i&gt; (문맥상 추정, 기사에는 날짜 없음)</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineView</name>
    <message>
        <source>Timeline of launches</source>
        <translation>발사 타임라인</translation>
    </message>
    <message>
        <source>Launches in time by kind. Left and Right move between launches, Enter opens the details, plus and minus zoom.</source>
        <translation>종류별로 시간 순에 놓인 발사. 왼쪽·오른쪽 화살표로 발사 사이를 이동하고, Enter로 자세히 보고, 더하기·빼기로 확대·축소합니다.</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>표시 연도</translation>
    </message>
    <message>
        <source>The year to show, or all years</source>
        <translation>표시할 연도 또는 모든 연도</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message>
        <source>Show the whole year</source>
        <translation>한 해 전체 보기</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Zoom to a month</source>
        <translation>한 달로 확대</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Zoom to a week</source>
        <translation>한 주로 확대</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Zoom to a day</source>
        <translation>하루로 확대</translation>
    </message>
    <message>
        <source>wheel: zoom · drag: pan</source>
        <translation>휠: 확대·축소 · 끌기: 이동</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <source>Showing %1 to %2.</source>
        <translation>%1부터 %2까지 표시 중.</translation>
    </message>
    <message>
        <source>Selected: %1. </source>
        <translation>선택: %1. </translation>
    </message>
</context>
<context>
    <name>atlas::UndatedTray</name>
    <message>
        <source>Assign Date…</source>
        <translation>날짜 지정…</translation>
    </message>
    <message>
        <source>Undated launches</source>
        <translation>날짜 없는 발사</translation>
    </message>
    <message>
        <source>Launches reported without a date. Press Enter for details.</source>
        <translation>날짜 없이 보도된 발사. Enter를 누르면 자세히 봅니다.</translation>
    </message>
    <message>
        <source>Give the selected undated launch a date (kept as your correction, undoable)</source>
        <translation>선택한 날짜 없는 발사에 날짜를 지정합니다 (사용자 수정으로 보관되며 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>%1 (context, not stated)</source>
        <translation>%1 (문맥상, 언급 없음)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Undated&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;날짜 없음&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>atlas::VocabularyText</name>
    <message>
        <source>ballistic</source>
        <translation>탄도</translation>
    </message>
    <message>
        <source>hypersonic</source>
        <translation>극초음속</translation>
    </message>
    <message>
        <source>cruise</source>
        <translation>순항</translation>
    </message>
    <message>
        <source>air-defense</source>
        <translation>방공</translation>
    </message>
    <message>
        <source>Office of National Security</source>
        <translation>국가안보실</translation>
    </message>
    <message>
        <source>National Security Office</source>
        <translation>국가안보실</translation>
    </message>
    <message>
        <source>National Security Council</source>
        <translation>국가안전보장회의</translation>
    </message>
    <message>
        <source>Foreign Office</source>
        <translation>외무부</translation>
    </message>
    <message>
        <source>Foreign Ministry</source>
        <translation>외무부</translation>
    </message>
    <message>
        <source>Ministry of Foreign Affairs</source>
        <translation>외교부</translation>
    </message>
    <message>
        <source>Foreign Affairs Ministry</source>
        <translation>외교부</translation>
    </message>
    <message>
        <source>Defense Ministry</source>
        <translation>국방부</translation>
    </message>
    <message>
        <source>Defence Ministry</source>
        <translation>국방부</translation>
    </message>
    <message>
        <source>Ministry of Defense</source>
        <translation>국방부</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>국방부</translation>
    </message>
    <message>
        <source>Ministry of National Defense</source>
        <translation>국방부</translation>
    </message>
    <message>
        <source>Unification Ministry</source>
        <translation>통일부</translation>
    </message>
    <message>
        <source>Ministry of Unification</source>
        <translation>통일부</translation>
    </message>
    <message>
        <source>Joint Chiefs of Staff</source>
        <translation>합동참모본부</translation>
    </message>
    <message>
        <source>JCS</source>
        <translation>합참</translation>
    </message>
    <message>
        <source>Presidential Office</source>
        <translation>대통령실</translation>
    </message>
    <message>
        <source>Cabinet Office</source>
        <translation>내각부</translation>
    </message>
    <message>
        <source>Prime Minister&apos;s Office</source>
        <translation>총리실</translation>
    </message>
    <message>
        <source>Prime Minister’s Office</source>
        <translation>총리실</translation>
    </message>
    <message>
        <source>Defense Intelligence Agency</source>
        <translation>국방정보국</translation>
    </message>
    <message>
        <source>National Intelligence Service</source>
        <translation>국가정보원</translation>
    </message>
    <message>
        <source>Self-Defense Forces</source>
        <translation>자위대</translation>
    </message>
    <message>
        <source>Coast Guard</source>
        <translation>해안경비대</translation>
    </message>
    <message>
        <source>government</source>
        <translation>정부</translation>
    </message>
    <message>
        <source>military</source>
        <translation>군</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>대사관</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>대표부</translation>
    </message>
    <message>
        <source>Chief Cabinet Secretary</source>
        <translation>관방장관</translation>
    </message>
    <message>
        <source>Acting President</source>
        <translation>대통령 권한대행</translation>
    </message>
    <message>
        <source>President-elect</source>
        <translation>대통령 당선인</translation>
    </message>
    <message>
        <source>Vice President</source>
        <translation>부통령</translation>
    </message>
    <message>
        <source>President</source>
        <translation>대통령</translation>
    </message>
    <message>
        <source>Prime Minister</source>
        <translation>총리</translation>
    </message>
    <message>
        <source>Deputy Prime Minister</source>
        <translation>부총리</translation>
    </message>
    <message>
        <source>Secretary of State</source>
        <translation>국무장관</translation>
    </message>
    <message>
        <source>Deputy Secretary of State</source>
        <translation>국무부 부장관</translation>
    </message>
    <message>
        <source>Secretary of Defense</source>
        <translation>국방장관</translation>
    </message>
    <message>
        <source>Defense Secretary</source>
        <translation>국방장관</translation>
    </message>
    <message>
        <source>Defence Secretary</source>
        <translation>국방장관</translation>
    </message>
    <message>
        <source>Foreign Secretary</source>
        <translation>외무장관</translation>
    </message>
    <message>
        <source>Secretary-General</source>
        <translation>사무총장</translation>
    </message>
    <message>
        <source>Secretary General</source>
        <translation>사무총장</translation>
    </message>
    <message>
        <source>National Security Adviser</source>
        <translation>국가안보보좌관</translation>
    </message>
    <message>
        <source>National Security Advisor</source>
        <translation>국가안보보좌관</translation>
    </message>
    <message>
        <source>Foreign Minister</source>
        <translation>외무장관</translation>
    </message>
    <message>
        <source>Vice Foreign Minister</source>
        <translation>외교부 차관</translation>
    </message>
    <message>
        <source>Defense Minister</source>
        <translation>국방장관</translation>
    </message>
    <message>
        <source>Defence Minister</source>
        <translation>국방장관</translation>
    </message>
    <message>
        <source>Vice Defense Minister</source>
        <translation>국방부 차관</translation>
    </message>
    <message>
        <source>Vice Defence Minister</source>
        <translation>국방부 차관</translation>
    </message>
    <message>
        <source>Unification Minister</source>
        <translation>통일부 장관</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>장관</translation>
    </message>
    <message>
        <source>Chancellor</source>
        <translation>총리</translation>
    </message>
    <message>
        <source>Premier</source>
        <translation>총리</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>대사</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>특사</translation>
    </message>
    <message>
        <source>Special Envoy</source>
        <translation>특별사절</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>대변인</translation>
    </message>
    <message>
        <source>Spokesman</source>
        <translation>대변인</translation>
    </message>
    <message>
        <source>Spokeswoman</source>
        <translation>대변인</translation>
    </message>
    <message>
        <source>High Representative</source>
        <translation>고위대표</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>장관</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>지도자</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>지도자</translation>
    </message>
    <message>
        <source>spokesperson</source>
        <translation>대변인</translation>
    </message>
    <message>
        <source>spokesman</source>
        <translation>대변인</translation>
    </message>
    <message>
        <source>spokeswoman</source>
        <translation>대변인</translation>
    </message>
</context>
</TS>
