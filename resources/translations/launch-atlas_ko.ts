<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the launch of %2: %3 (read from “%4”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation type="unfinished" />
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
        <translation><numerusform>강조 구간 %n개. 하나를 클릭하면 그 항목과 발사를 선택합니다.</numerusform></translation>
    </message>
    <message>
        <source>Choose an article above.</source>
        <translation>위에서 기사를 고르세요.</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the launch</source>
        <translation>발사 날짜</translation>
    </message>
    <message>
        <source>The articles say it was a %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles give the day (%1) but not the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From context (not stated): %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign Date</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <source>%1 is a %2; the articles say %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles give %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the inferred range: fine if you know better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the inferred range: fine if you know better.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atlas::EditController</name>
    <message>
        <source>There is no active edit %1.</source>
        <translation type="unfinished" />
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
        <translation><numerusform>%n건 일치</numerusform></translation>
    </message>
</context>
<context>
    <name>atlas::FirstRunHint</name>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Launch Atlas&lt;/b&gt;&lt;ol style='margin-left:-20px'&gt;&lt;li&gt;&lt;b&gt;Select a launch&lt;/b&gt; on the timeline or the map: its reactions and sources follow.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Play the year&lt;/b&gt; on the timeline to watch the launches unfold.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export a briefing&lt;/b&gt; (File → Export…) for slides or print.&lt;/li&gt;&lt;/ol&gt;Find anything with Ctrl+F. Tab moves between the panes.</source>
        <translation>&lt;b&gt;Launch Atlas에 오신 것을 환영합니다&lt;/b&gt;&lt;ol style='margin-left:-20px'&gt;&lt;li&gt;타임라인이나 지도에서 &lt;b&gt;발사를 선택&lt;/b&gt;하세요. 반응과 출처가 함께 표시됩니다.&lt;/li&gt;&lt;li&gt;타임라인에서 &lt;b&gt;한 해를 재생&lt;/b&gt;하며 발사가 이어지는 모습을 보세요.&lt;/li&gt;&lt;li&gt;슬라이드나 인쇄용 &lt;b&gt;브리핑을 내보내세요&lt;/b&gt; (파일 → 내보내기…).&lt;/li&gt;&lt;/ol&gt;Ctrl+F로 무엇이든 찾을 수 있습니다. Tab 키로 창 사이를 옮겨 다닙니다.</translation>
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
        <translation><numerusform>파일 %n개를 건너뜀: %1</numerusform></translation>
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
        <translation type="unfinished" />
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
        <translation><numerusform>경로 %n개를 읽는 중…</numerusform></translation>
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
        <source>About Launch Atlas</source>
        <translation>Launch Atlas 정보</translation>
    </message>
    <message>
        <source># Launch Atlas %1

North Korea's missile launches from the news: a timeline, a map and the diplomatic reactions, every fact traced to its sentence.

</source>
        <translation># Launch Atlas %1

뉴스로 본 북한의 미사일 발사: 타임라인, 지도, 외교적 반응. 모든 사실은 출처 문장까지 추적할 수 있습니다.

</translation>
    </message>
    <message>
        <source># Missile classes

</source>
        <translation># 미사일 분류

</translation>
    </message>
    <message>
        <source> (range about %1–%2 km)</source>
        <translation> (사거리 약 %1–%2 km)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
</context>
<context>
    <name>atlas::MapDecorations</name>
    <message>
        <source>Basemap: Natural Earth (public domain) · Lambert conformal conic 30°/45° N · splashdown points are estimates</source>
        <translation>기본 지도: Natural Earth (퍼블릭 도메인) · 람베르트 정각 원추 도법 30°/45° N · 낙하 지점은 추정치</translation>
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
        <source>land target, approx.</source>
        <translation>지상 표적, 추정</translation>
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
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message>
        <source>%1, bearing %2° (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all dates</source>
        <translation>모든 날짜</translation>
    </message>
    <message numerus="yes">
        <source>Launches %1 · %n shown</source>
        <translation><numerusform>발사 %1 · %n건 표시</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (%n undated, always shown)</source>
        <translation><numerusform> (날짜 없음 %n건, 항상 표시)</numerusform></translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1 (보도)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>land target, approx.</source>
        <translation>지상 표적, 추정</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>추정</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>Map of launch sites</source>
        <translation>발사 장소 지도</translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished" />
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
        <translation><numerusform>%1 발사에 대한 반응 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to launches from %1 to %2</source>
        <translation><numerusform>%1부터 %2까지의 발사에 대한 반응 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to all launches; select a launch to see its own</source>
        <translation><numerusform>전체 발사에 대한 반응 %n건. 발사를 선택하면 그 발사의 반응만 봅니다</numerusform></translation>
    </message>
</context>
<context>
    <name>atlas::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>최근 파일 목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>atlas::RevertEditCommand</name>
    <message>
        <source>Revert “%1”</source>
        <translation type="unfinished" />
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
        <source>&lt;span style='color:#c62828'&gt;Sources disagree&lt;/span&gt; (see details)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt; (from context; the articles give no date)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Undated&lt;/b&gt; (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
