<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="46"/>
        <source>Corridor, patrol stretch and incident flags along a road</source>
        <translation>Коридор, участок патрулирования и отметка инцидентов вдоль дороги</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="65"/>
        <source>inside the patrol stretch</source>
        <translation>на участке патрулирования</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="66"/>
        <source>inside the corridor</source>
        <translation>в коридоре</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="67"/>
        <source>outside the corridor</source>
        <translation>вне коридора</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="73"/>
        <source>other kinds</source>
        <translation>прочие типы</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="704"/>
        <source>outside the date window</source>
        <translation>вне периода дат</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="289"/>
        <source>patrol stretch</source>
        <translation>участок патрулирования</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="290"/>
        <source>corridor edge</source>
        <translation>граница коридора</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="292"/>
        <source>{count} without a location (not shown)</source>
        <translation>без местоположения: {count} (не показаны)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="377"/>
        <source>{km} km {side}</source>
        <translation>{km} км {side}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="21"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="644"/>
        <source>Hover over an incident for its km and distance from the road.</source>
        <translation>Наведите указатель на инцидент, чтобы увидеть его километр и расстояние от дороги.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="669"/>
        <source>Flag incidents to see them here, by km along the road and distance from it.</source>
        <translation>Отметьте инциденты, чтобы увидеть их здесь по километру вдоль дороги и расстоянию от неё.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="695"/>
        <source>km {km:.1f}, {distance:.1f} km {side}</source>
        <translation>км {km:.1f}, {distance:.1f} км {side}</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="699"/>
        <source>km {km:.1f}, on the road</source>
        <translation>км {km:.1f}, на дороге</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="705"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>Save strip chart</source>
        <translation>Сохранить ленточную диаграмму</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Secure Corridor</source>
        <translation>Secure Corridor</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Could not save the strip chart: {error}</source>
        <translation>Не удалось сохранить ленточную диаграмму: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>Choose the road&apos;s line layer under Road.</source>
        <translation>Выберите линейный слой дороги в разделе «Дорога».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="209"/>
        <source>{error} Under Road: tick &apos;Between the patrol ends&apos; to run the route between them, or &apos;Leave out road off the route&apos;.</source>
        <translation>{error} В разделе «Дорога» отметьте «Между концами патруля», чтобы маршрут шёл между ними, или «Исключать дорогу вне маршрута».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="240"/>
        <source>The route runs between the patrol ends (under Road), but they are not both chosen: choose them under Patrol, or untick &apos;Between the patrol ends&apos;.</source>
        <translation>Маршрут строится между концами патруля (раздел «Дорога»), но выбраны не оба конца: выберите их в разделе «Патруль» или снимите флажок «Между концами патруля».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route start</source>
        <translation>Начало маршрута</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route end</source>
        <translation>Конец маршрута</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="265"/>
        <source>route</source>
        <translation>маршрут</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="270"/>
        <source>assembling the route</source>
        <translation>сборка маршрута</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="285"/>
        <source>corridor</source>
        <translation>коридор</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="291"/>
        <source>building the corridor</source>
        <translation>построение коридора</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>Choose where the patrol starts: type a place name or pick a point on the map.</source>
        <translation>Укажите, где начинается патруль: введите название населённого пункта или выберите точку на карте.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="298"/>
        <source>Choose where the patrol ends: type a place name or pick a point on the map.</source>
        <translation>Укажите, где заканчивается патруль: введите название населённого пункта или выберите точку на карте.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="309"/>
        <source>patrol</source>
        <translation>патруль</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="313"/>
        <source>checkpoints</source>
        <translation>контрольные пункты</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="317"/>
        <source>building the patrol</source>
        <translation>построение патруля</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="65"/>
        <source>Choose the incidents&apos; point layer under Incidents.</source>
        <translation>Выберите точечный слой инцидентов в разделе «Инциденты».</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="74"/>
        <source>{layer} flagged</source>
        <translation>{layer}: отмечено</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="59"/>
        <source>flagging incidents</source>
        <translation>отметка инцидентов</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="338"/>
        <source>Click the road on the map (right click or Esc to cancel).</source>
        <translation>Щёлкните по дороге на карте (правая кнопка мыши или Esc — отмена).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="370"/>
        <source>Save corridor parameters</source>
        <translation>Сохранить параметры коридора</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="376"/>
        <source>saving the parameters</source>
        <translation>сохранение параметров</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="378"/>
        <source>Parameters saved to {path}.</source>
        <translation>Параметры сохранены в {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="392"/>
        <source>There are no results to save yet: build the corridor first.</source>
        <translation>Сохранять пока нечего: сначала постройте коридор.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>Save results</source>
        <translation>Сохранить результаты</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="139"/>
        <source>saving the results</source>
        <translation>сохранение результатов</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="405"/>
        <source>Results saved to {path}: {names}.</source>
        <translation>Результаты сохранены в {path}: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Load corridor parameters</source>
        <translation>Загрузить параметры коридора</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>loading the parameters</source>
        <translation>загрузка параметров</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="427"/>
        <source>Parameters loaded from {path}: the same as before.</source>
        <translation>Параметры загружены из {path}: они совпадают с прежними.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="434"/>
        <source>Parameters loaded from {path}.</source>
        <translation>Параметры загружены из {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="436"/>
        <source>The {count} result layers on the map were built with the earlier ones and are marked &apos;{mark}&apos;: build again to update them.</source>
        <translation>Слои результатов на карте ({count}) построены с прежними параметрами и помечены «{mark}»: постройте заново, чтобы обновить их.</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="21"/>
        <source>Map point at km {km:.1f}</source>
        <translation>Точка на карте, км {km:.1f}</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="64"/>
        <source>Click to pick km {km:.1f} of the route ({distance:.2f} km from the pointer).</source>
        <translation>Щёлкните, чтобы выбрать км {km:.1f} маршрута ({distance:.2f} км от указателя).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="32"/>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="34"/>
        <source>On map</source>
        <translation>На карте</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="35"/>
        <source>Click the road on the map; the point snaps to the route.</source>
        <translation>Щёлкните по дороге на карте; точка будет привязана к маршруту.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="37"/>
        <source>The places whose names match, with their longitude and latitude.</source>
        <translation>Населённые пункты с подходящими названиями, с их долготой и широтой.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="72"/>
        <source>No matching place</source>
        <translation>Нет подходящих населённых пунктов</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="69"/>
        <source>Patrol</source>
        <translation>Патруль</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="97"/>
        <source>Settlements to search by name for the patrol&apos;s ends.</source>
        <translation>Населённые пункты, среди которых по названию ищутся концы патруля.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="100"/>
        <source>The names shown; other fields with &apos;name&apos; in their name are searched too.</source>
        <translation>Показываемые названия; поиск идёт и по другим полям, в имени которых есть «name».</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="101"/>
        <source>Start: type a place name</source>
        <translation>Начало: введите название</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="102"/>
        <source>End: type a place name</source>
        <translation>Конец: введите название</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="103"/>
        <source>A patrol end farther than this from the road is an error.</source>
        <translation>Если конец патруля дальше этого расстояния от дороги, это ошибка.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="104"/>
        <source>A checkpoint every so many km from the patrol&apos;s start, and at its end.</source>
        <translation>Контрольный пункт через каждые столько км от начала патруля, а также в его конце.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="105"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="106"/>
        <source>Build patrol</source>
        <translation>Построить патруль</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="105"/>
        <source>Places</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="115"/>
        <source>Name field</source>
        <translation>Поле названия</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="116"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="117"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="118"/>
        <source>Snap within</source>
        <translation>Привязка в пределах</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="119"/>
        <source>Checkpoints every</source>
        <translation>Контрольные пункты каждые</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="17"/>
        <source>Temporary layers are lost when QGIS closes: choose a GeoPackage to keep them.</source>
        <translation>Временные слои пропадут при закрытии QGIS: чтобы сохранить их, выберите GeoPackage.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="24"/>
        <source>Cancelled {doing}; nothing was added.</source>
        <translation>Отменено: {doing}; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="31"/>
        <source>Something went wrong {doing} ({error}). The details are in the log panel under &apos;{tag}&apos;.</source>
        <translation>Что-то пошло не так: {doing} ({error}). Подробности — в панели журнала сообщений, на вкладке «{tag}».</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Flat</source>
        <translation>Плоские</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Round</source>
        <translation>Круглые</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="82"/>
        <source>Road</source>
        <translation>Дорога</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="110"/>
        <source>The road&apos;s line layer; its parts are joined into one route.</source>
        <translation>Линейный слой дороги; её части соединяются в один маршрут.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only</source>
        <translation>Только выбранные объекты</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>Gaps between road parts up to this wide are bridged.</source>
        <translation>Разрывы между частями дороги не шире этого значения соединяются.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="209"/>
        <source>Bridge all gaps</source>
        <translation>Соединять все разрывы</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="114"/>
        <source>Join the parts across gaps of any width instead of stopping with an error.</source>
        <translation>Соединять части через разрывы любой ширины, а не останавливаться с ошибкой.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="115"/>
        <source>Reverse direction</source>
        <translation>Обратное направление</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="116"/>
        <source>Routes run west to east (south to north) unless reversed; this swaps the sides.</source>
        <translation>Маршрут идёт с запада на восток (с юга на север), если не выбрано обратное направление; при этом стороны меняются местами.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="117"/>
        <source>Between the patrol ends</source>
        <translation>Между концами патруля</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="118"/>
        <source>Run the route between the patrol&apos;s two ends instead of between the road&apos;s far ends: for a ring road, or to take one road out of several.</source>
        <translation>Строить маршрут между двумя концами патруля, а не между крайними концами дороги: для кольцевой дороги или чтобы выделить одну дорогу из нескольких.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="213"/>
        <source>Leave out road off the route</source>
        <translation>Исключать дорогу вне маршрута</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="123"/>
        <source>Build the route even when much of the selected road lies away from it (over a quarter, more than 1 km off), which is otherwise an error.</source>
        <translation>Строить маршрут, даже если значительная часть выбранной дороги лежит в стороне от него (больше четверти — дальше 1 км); иначе это ошибка.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="127"/>
        <source>Assemble route</source>
        <translation>Собрать маршрут</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="333"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="130"/>
        <source>Gap tolerance</source>
        <translation>Допуск разрыва</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only ({count})</source>
        <translation>Только выбранные объекты ({count})</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="148"/>
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="202"/>
        <source>Flat: cut square at the route&apos;s ends. Round: half circles.</source>
        <translation>Плоские: прямой срез на концах маршрута. Круглые: полукруги.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="203"/>
        <source>Corridor only from this km of the route (start: from the start).</source>
        <translation>Коридор только начиная с этого км маршрута (начало — от начала маршрута).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="204"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>Corridor only up to this km of the route (end: to the end).</source>
        <translation>Коридор только до этого км маршрута (конец — до конца маршрута).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="206"/>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="21"/>
        <source>Build corridor</source>
        <translation>Построить коридор</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="218"/>
        <source>Ends</source>
        <translation>Концы</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>Stretch</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="237"/>
        <source>The {side} width of {width} km is over the widest corridor, {widest:g} km a side, that is kept within 1 m of its true width: check the units (km).</source>
        <translation>Ширина {side} от дороги, {width} км, больше максимальной ширины коридора ({widest:g} км на сторону), при которой он сохраняется с точностью до 1 м от истинной ширины: проверьте единицы (км).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="250"/>
        <source>{side} width</source>
        <translation>ширина {side}</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="251"/>
        <source>Width on the {side} side of the road, in km on the ellipsoid; at most {widest:g} km.</source>
        <translation>Ширина коридора {side} от дороги, в км на эллипсоиде; не более {widest:g} км.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="87"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="314"/>
        <source>The incidents&apos; date; leave empty to ignore dates.</source>
        <translation>Дата инцидентов; оставьте пустым, чтобы не учитывать даты.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="316"/>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="317"/>
        <source>Read automatically: 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), 20200315. Day/month forms need a format in strptime codes: %d/%m/%Y for 15/03/2020, %m/%d/%Y for 03/15/2020.</source>
        <translation>Распознаются автоматически: 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), 20200315. Для записи вида день/месяц нужен формат в кодах strptime: %d/%m/%Y для 15/03/2020, %m/%d/%Y для 03/15/2020.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>Incidents on or after this day are in the window.</source>
        <translation>Инциденты в этот день и позже входят в период.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>To (exclusive)</source>
        <translation>До (не включая)</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>Incidents before this day are in the window; the day itself is not (exclusive).</source>
        <translation>Инциденты до этого дня входят в период; сам этот день — нет (не включая).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="328"/>
        <source>The incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED): the strip chart&apos;s markers and the counts by category. Leave empty for none.</source>
        <translation>Категория инцидентов (event_type или sub_event_type в ACLED, type_of_violence в UCDP GED): маркеры на ленточной диаграмме и подсчёт по категориям. Оставьте пустым, если не нужно.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="332"/>
        <source>Flag incidents</source>
        <translation>Отметить инциденты</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="98"/>
        <source>Category field</source>
        <translation>Поле категории</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="92"/>
        <source>Date field</source>
        <translation>Поле даты</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="336"/>
        <source>Date format</source>
        <translation>Формат даты</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="337"/>
        <source>Window</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="385"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="386"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="387"/>
        <source>Save widths, ends, tolerances, patrol ends and dates as a JSON file.</source>
        <translation>Сохранить ширины, концы, допуски, концы патруля и даты в файл JSON.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="388"/>
        <source>Load…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="389"/>
        <source>Load a corridor specification saved as JSON.</source>
        <translation>Загрузить параметры коридора, сохранённые в JSON.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="390"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="391"/>
        <source>The user guide, shipped with the plugin (opens in your browser, offline).</source>
        <translation>Руководство пользователя, входящее в модуль (открывается в браузере, без интернета).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="393"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="398"/>
        <source>Temporary layers</source>
        <translation>Временные слои</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="399"/>
        <source>Leave empty for temporary layers, which are lost when QGIS closes; or choose a GeoPackage to keep them.</source>
        <translation>Оставьте пустым для временных слоёв, которые пропадут при закрытии QGIS, или выберите GeoPackage, чтобы сохранить их.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="402"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="403"/>
        <source>Save results…</source>
        <translation>Сохранить результаты…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="404"/>
        <source>Write the result layers on the map, as they are, to a GeoPackage (the one above, or one you choose), and show them from there.</source>
        <translation>Записать слои результатов с карты, как они есть, в GeoPackage (указанный выше или выбранный вами) и показывать их оттуда.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="422"/>
        <source>Strip chart</source>
        <translation>Ленточная диаграмма</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="424"/>
        <source>Save image…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="425"/>
        <source>Save the strip chart as a PNG image or an SVG drawing.</source>
        <translation>Сохранить ленточную диаграмму как изображение PNG или рисунок SVG.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="33"/>
        <source>{place} at {lonlat}</source>
        <translation>{place} в точке {lonlat}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="36"/>
        <source>Route {length} from {start} (km 0) to {end} (lon, lat); sides {left} (left of travel) and {right}.</source>
        <translation>Маршрут {length} от {start} (км 0) до {end} (долгота, широта); слева по ходу — {left}, справа — {right}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>flat ends</source>
        <translation>плоские концы</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>round ends</source>
        <translation>круглые концы</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="52"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}.</source>
        <translation>Коридор {area} км²: {left} {left_km} км, {right} {right_km} км, {ends}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="55"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}, km {start} to {end}.</source>
        <translation>Коридор {area} км²: {left} {left_km} км, {right} {right_km} км, {ends}, от км {start} до км {end}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="66"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}).</source>
        <translation>Патруль {length} от {start} (км {start_km}) до {end} (км {end_km}).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="67"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}); {count} checkpoints.</source>
        <translation>Патруль {length} от {start} (км {start_km}) до {end} (км {end_km}); контрольных пунктов: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="75"/>
        <source>{side} {count}</source>
        <translation>{side}: {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="79"/>
        <source>on the road {count}</source>
        <translation>на дороге: {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="81"/>
        <source>{total} incidents: {inside} inside the corridor ({sides}), {outside} outside.</source>
        <translation>Инцидентов: {total}; в коридоре: {inside} ({sides}), вне коридора: {outside}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="86"/>
        <source>{count} inside the patrol stretch.</source>
        <translation>На участке патрулирования: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="88"/>
        <source>{outside} outside the date window; {inside} inside the corridor and in the window.</source>
        <translation>Вне периода дат: {outside}; в коридоре и в пределах периода: {inside}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="94"/>
        <source>{count} without a readable date, neither in nor out of the window (the first few are in the log).</source>
        <translation>Без читаемой даты: {count} — ни в периоде, ни вне его (первые из них указаны в журнале).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="99"/>
        <source>{count} without a location (missing geometry).</source>
        <translation>Без местоположения: {count} (нет геометрии).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="107"/>
        <source>None inside the corridor by category.</source>
        <translation>В коридоре нет инцидентов ни одной категории.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>{category} {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>no category</source>
        <translation>без категории</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="114"/>
        <source>{count} other categories {inside}</source>
        <translation>прочие категории ({count}): {inside}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>Inside by category: {categories}.</source>
        <translation>В коридоре по категориям: {categories}.</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="114"/>
        <source>{count} incidents of &apos;{layer}&apos; cannot be placed in the output&apos;s CRS and are written without a geometry (their attributes and flags are kept): {features}</source>
        <translation>Инциденты слоя «{layer}» ({count}) невозможно разместить в СК результата; они записаны без геометрии (атрибуты и отметки сохранены): {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="175"/>
        <source>feature {id}</source>
        <translation>объект {id}</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="26"/>
        <source>&apos;{layer}&apos; (field {field})</source>
        <translation>«{layer}» (поле {field})</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="52"/>
        <source>{role}: no place in {places} is called &apos;{query}&apos; or anything like it.</source>
        <translation>{role}: в {places} нет населённого пункта с названием «{query}» или похожим на него.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="64"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed} and {more} more. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role}: «{query}» одинаково хорошо соответствует нескольким ({count}) населённым пунктам в {places}: {listed} и ещё {more}. Укажите название так, как оно записано в слое, или задайте место точкой.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="69"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed}. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role}: «{query}» одинаково хорошо соответствует нескольким ({count}) населённым пунктам в {places}: {listed}. Укажите название так, как оно записано в слое, или задайте место точкой.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="46"/>
        <source>No features are selected in &apos;{layer}&apos;: select the road&apos;s features, or untick &apos;selected features only&apos;.</source>
        <translation>В слое «{layer}» нет выбранных объектов: выберите объекты дороги или снимите флажок «Только выбранные объекты».</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="97"/>
        <source>&apos;{layer}&apos; is a point layer; choose a line layer for the road.</source>
        <translation>«{layer}» — точечный слой; выберите для дороги линейный слой.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="99"/>
        <source>&apos;{layer}&apos; is a polygon layer; choose a line layer for the road.</source>
        <translation>«{layer}» — полигональный слой; выберите для дороги линейный слой.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="102"/>
        <source>&apos;{layer}&apos; is a {kind} layer; choose a line layer for the road.</source>
        <translation>«{layer}» — слой типа «{kind}»; выберите для дороги линейный слой.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="107"/>
        <source>feature {id} of &apos;{layer}&apos;</source>
        <translation>объект {id} слоя «{layer}»</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="115"/>
        <source>&apos;{layer}&apos; has no features to make a road from.</source>
        <translation>В слое «{layer}» нет объектов, из которых можно составить дорогу.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="149"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its lines lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>У слоя «{layer}» нет системы координат (СК), поэтому неизвестно, где на Земле лежат его линии: задайте её в свойствах слоя (Источник, Назначенная система координат) и запустите снова.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="155"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its points lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>У слоя «{layer}» нет системы координат (СК), поэтому неизвестно, где на Земле лежат его точки: задайте её в свойствах слоя (Источник, Назначенная система координат) и запустите снова.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="168"/>
        <source>&apos;{layer}&apos; is a line layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>«{layer}» — линейный слой, а инциденты читаются как точки; выберите для инцидентов точечный слой.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="173"/>
        <source>&apos;{layer}&apos; is a polygon layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>«{layer}» — полигональный слой, а инциденты читаются как точки; выберите для инцидентов точечный слой.</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="141"/>
        <source>{count} of {total} features in &apos;{layer}&apos; have coordinates that cannot be converted to WGS84 longitude/latitude (check the layer&apos;s CRS); they are flagged without a location: {features}</source>
        <translation>У {count} из {total} объектов слоя «{layer}» координаты невозможно преобразовать в долготу/широту WGS84 (проверьте СК слоя); они отмечены без местоположения: {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="148"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have a {field} that cannot be read as a date, so they are neither in nor out of the date window: {examples}</source>
        <translation>У {count} из {total} инцидентов слоя «{layer}» значение {field} невозможно прочитать как дату, поэтому они ни в периоде, ни вне его: {examples}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="156"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have no {field}.</source>
        <translation>У {count} из {total} инцидентов слоя «{layer}» нет значения {field}.</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="42"/>
        <source>Secure corridor - {road}</source>
        <translation>Secure Corridor — {road}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="47"/>
        <source>earlier parameters</source>
        <translation>прежние параметры</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="52"/>
        <source>{layer} (earlier parameters)</source>
        <translation>{layer} (прежние параметры)</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="161"/>
        <source>Could not write &apos;{layer}&apos; to {path}: {message}</source>
        <translation>Не удалось записать «{layer}» в {path}: {message}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="196"/>
        <source>Could not load style {file}: {message}</source>
        <translation>Не удалось загрузить стиль {file}: {message}</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="59"/>
        <source>north</source>
        <translation>к северу</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="60"/>
        <source>south</source>
        <translation>к югу</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="61"/>
        <source>east</source>
        <translation>к востоку</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="62"/>
        <source>west</source>
        <translation>к западу</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="63"/>
        <source>on the road</source>
        <translation>на дороге</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Builds the corridor along a road: every point within a true geodesic width (WGS84 ellipsoid, within 1 m) of the road, with its own width on each side. The road may come in many line features, in any order and direction; they are assembled into one route.</source>
        <translation>Строит коридор вдоль дороги: все точки в пределах истинной геодезической ширины (эллипсоид WGS84, с точностью до 1 м) от дороги, со своей шириной с каждой стороны. Дорога может состоять из многих линейных объектов в любом порядке и направлении; они собираются в один маршрут.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features).</source>
        <translation>&lt;b&gt;Дорога&lt;/b&gt;: линейный слой (или его выбранные объекты).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt; (one polygon in the road&apos;s CRS), fields: north_m and south_m (the widths on the left and right of travel), left_side and right_side (their names: north/south or west/east), end_cap, from_km and to_km (the stretch of route covered), length_km (of the route), area_km2 (geodesic area).</source>
        <translation>&lt;b&gt;Коридор&lt;/b&gt; (один полигон в СК дороги), поля: north_m и south_m (ширина слева и справа по ходу движения), left_side и right_side (их названия: north/south или west/east), end_cap, from_km и to_km (охваченный участок маршрута), length_km (длина маршрута), area_km2 (геодезическая площадь).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Outputs AREA_KM2 and LENGTH_KM hold the same numbers for models.</source>
        <translation>Выходы AREA_KM2 и LENGTH_KM содержат те же значения для моделей.</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="60"/>
        <source>Area (km²)</source>
        <translation>Площадь (км²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="61"/>
        <source>Route length (km)</source>
        <translation>Длина маршрута (км)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="119"/>
        <source>Assembling the route</source>
        <translation>Сборка маршрута</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="136"/>
        <source>Building the corridor</source>
        <translation>Построение коридора</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="69"/>
        <source>Writing the corridor</source>
        <translation>Запись коридора</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="79"/>
        <source>Corridor of {area_km2:.2f} km².</source>
        <translation>Коридор площадью {area_km2:.2f} км².</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="156"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;North width&lt;/b&gt;, &lt;b&gt;South width&lt;/b&gt;: metres on the WGS84 ellipsoid on the left and on the right of travel. The route runs west to east, so left is north (on a mostly north-south road it runs south to north and left is west). 0 for no corridor on a side, else at least 10 m.</source>
        <translation>&lt;b&gt;Ширина к северу&lt;/b&gt;, &lt;b&gt;Ширина к югу&lt;/b&gt;: метры на эллипсоиде WGS84 слева и справа по ходу движения. Маршрут идёт с запада на восток, поэтому слева — север (на дороге, идущей в основном с севера на юг, он идёт с юга на север, и слева — запад). 0 — без коридора с этой стороны, иначе не менее 10 м.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;End style&lt;/b&gt;: flat (cut square through the road&apos;s ends) or round.</source>
        <translation>&lt;b&gt;Форма концов&lt;/b&gt;: плоские (прямой срез через концы дороги) или круглые.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="62"/>
        <source>&lt;b&gt;Gap tolerance&lt;/b&gt;: road parts whose ends are at most this many metres apart are joined; a wider gap is an error that says where it is.</source>
        <translation>&lt;b&gt;Допуск разрыва&lt;/b&gt;: части дороги, концы которых находятся не дальше этого числа метров друг от друга, соединяются; более широкий разрыв — ошибка с указанием, где он находится.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Bridge all gaps&lt;/b&gt;: join the road&apos;s pieces whatever the gaps between them.</source>
        <translation>&lt;b&gt;Соединять все разрывы&lt;/b&gt;: соединять части дороги при любых разрывах между ними.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Reverse the route&lt;/b&gt;: run it east to west (north to south), so that km 0 is at the other end; the left of travel, where the North width goes, is then south (east).</source>
        <translation>&lt;b&gt;Обратное направление маршрута&lt;/b&gt;: маршрут идёт с востока на запад (с севера на юг), так что км 0 оказывается на другом конце; слева по ходу, где откладывается ширина к северу, тогда юг (восток).</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Route start&lt;/b&gt;, &lt;b&gt;Route end&lt;/b&gt; (optional, both or neither): run the route between these points, snapped to the road within 2 km, instead of between the road&apos;s two ends farthest apart; needed for a road that is a closed loop.</source>
        <translation>&lt;b&gt;Начало маршрута&lt;/b&gt;, &lt;b&gt;Конец маршрута&lt;/b&gt; (необязательно, оба или ни одного): строить маршрут между этими точками, привязанными к дороге в пределах 2 км, а не между двумя наиболее удалёнными друг от друга концами дороги; необходимо для дороги в виде замкнутого кольца.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Leave out road off the route&lt;/b&gt;: without route ends, more than a quarter of the road lying over 1 km off the route (the other half of a ring road, a second road) is an error; with this set, the route is built and the rest reported.</source>
        <translation>&lt;b&gt;Исключать дорогу вне маршрута&lt;/b&gt;: без концов маршрута ошибкой считается, если больше четверти дороги лежит дальше 1 км от маршрута (вторая половина кольцевой дороги, вторая дорога); с этим флажком маршрут строится, а об остальном сообщается.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="83"/>
        <source>The inputs are only read. A memory output is lost when QGIS closes: save to a GeoPackage to keep it.</source>
        <translation>Входные данные только читаются. Временный слой (в памяти) пропадёт при закрытии QGIS: чтобы сохранить его, запишите результат в GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>flat</source>
        <translation>плоские</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>round</source>
        <translation>круглые</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>North width (m), left of travel</source>
        <translation>Ширина к северу (м), слева по ходу движения</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>South width (m), right of travel</source>
        <translation>Ширина к югу (м), справа по ходу движения</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="186"/>
        <source>End style</source>
        <translation>Форма концов</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="191"/>
        <source>Gap tolerance (m)</source>
        <translation>Допуск разрыва (м)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="199"/>
        <source>Snap tolerance (m)</source>
        <translation>Допуск привязки (м)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="210"/>
        <source>Reverse the route (east to west)</source>
        <translation>Обратное направление маршрута (с востока на запад)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="211"/>
        <source>Route start (optional)</source>
        <translation>Начало маршрута (необязательно)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="212"/>
        <source>Route end (optional)</source>
        <translation>Конец маршрута (необязательно)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="243"/>
        <source>Give both the route start and the route end, or neither.</source>
        <translation>Укажите и начало, и конец маршрута или ни одного из них.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route start</source>
        <translation>Начало маршрута</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route end</source>
        <translation>Конец маршрута</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="262"/>
        <source>{error} Here: give the Route start and Route end, or set Leave out road off the route.</source>
        <translation>{error} Здесь: укажите начало и конец маршрута или включите «Исключать дорогу вне маршрута».</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="268"/>
        <source>Route of {length_km:.3f} km, sides {left} and {right}: {summary}.</source>
        <translation>Маршрут {length_km:.3f} км, слева — {left}, справа — {right}: {summary}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="275"/>
        <source>Not on the route: {parts}.</source>
        <translation>Не на маршруте: {parts}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="28"/>
        <source>Flag incidents in the corridor</source>
        <translation>Отметить инциденты в коридоре</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Flags incident points against the corridor along a road: inside or not, on which side, how far from the road and at which km; optionally inside the patrol stretch and inside a date window. Distances are geodesic (WGS84). The road may come in many line features; they are assembled into one route first.</source>
        <translation>Отмечает точки инцидентов относительно коридора вдоль дороги: внутри или нет, с какой стороны, на каком расстоянии от дороги и на каком км; при необходимости — на участке патрулирования и в пределах периода дат. Расстояния геодезические (WGS84). Дорога может состоять из многих линейных объектов; сначала они собираются в один маршрут.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Incidents&lt;/b&gt;: a point layer (or its selected features). An incident of several points (MultiPoint) is inside when any of its points is, and takes its side, distance and km from its point nearest the road.</source>
        <translation>&lt;b&gt;Дорога&lt;/b&gt;: линейный слой (или его выбранные объекты). &lt;b&gt;Инциденты&lt;/b&gt;: точечный слой (или его выбранные объекты). Инцидент из нескольких точек (MultiPoint) считается внутри, если внутри любая из его точек; сторона, расстояние и км берутся по его точке, ближайшей к дороге.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Patrol start&lt;/b&gt;, &lt;b&gt;Patrol end&lt;/b&gt; (optional, both or neither): the patrol&apos;s ends, snapped to the road within the &lt;b&gt;Snap tolerance&lt;/b&gt; (m).</source>
        <translation>&lt;b&gt;Начало патруля&lt;/b&gt;, &lt;b&gt;Конец патруля&lt;/b&gt; (необязательно, оба или ни одного): концы патруля, привязанные к дороге в пределах &lt;b&gt;допуска привязки&lt;/b&gt; (м).</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Date field&lt;/b&gt; (optional): the incidents&apos; date: a date or date-time field, or text or numbers as real data writes them (2020-03-15, 2020-03-15 00:00:00.000 as in UCDP GED, 15 March 2020 as in ACLED, 20200315). A date-time counts by its calendar day as written: its time of day and time zone are set aside. Day/month forms such as 03/04/2020 need the &lt;b&gt;Date format&lt;/b&gt; (strptime codes, e.g. %d/%m/%Y or %m/%d/%Y). &lt;b&gt;From date&lt;/b&gt; counts from that day (inclusive); &lt;b&gt;To date&lt;/b&gt; is exclusive: an incident on that day or later is outside the window. An incident without a readable date is neither: its in_window is empty, and the log names the first few.</source>
        <translation>&lt;b&gt;Поле даты&lt;/b&gt; (необязательно): дата инцидентов — поле даты или даты-времени либо текст или числа в том виде, в каком их записывают реальные данные (2020-03-15, 2020-03-15 00:00:00.000 как в UCDP GED, 15 March 2020 как в ACLED, 20200315). Дата-время учитывается по календарному дню в том виде, как записано: время суток и часовой пояс не учитываются. Для записи вида день/месяц, например 03/04/2020, нужен &lt;b&gt;Формат даты&lt;/b&gt; (коды strptime, например %d/%m/%Y или %m/%d/%Y). &lt;b&gt;Дата начала&lt;/b&gt; отсчитывается с этого дня (включительно); &lt;b&gt;Дата окончания&lt;/b&gt; не включается: инцидент в этот день или позже — вне периода. Инцидент без читаемой даты не относится ни к тому, ни к другому: его in_window пусто, а первые такие инциденты перечисляются в журнале.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Category field&lt;/b&gt; (optional): the incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED, whose codes 1, 2, 3 are logged by name); the log counts each category inside the corridor and the patrol stretch.</source>
        <translation>&lt;b&gt;Поле категории&lt;/b&gt; (необязательно): категория инцидентов (event_type или sub_event_type в ACLED, type_of_violence в UCDP GED, коды 1, 2, 3 которого выводятся в журнал по названию); в журнале подсчитывается каждая категория в коридоре и на участке патрулирования.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Flagged incidents&lt;/b&gt; (every incident with all its attributes, in the road&apos;s CRS), added fields: in_corr (inside the corridor), side (north/south or west/east, &apos;on route&apos; when on the road), dist_m (geodesic distance to the road), chain_km (km along the route, which runs west to east), in_patrol (inside the corridor between the patrol&apos;s ends; false without a patrol), in_window (inside the window; empty without a date field or a readable date). An incident without a geometry is kept, inside nothing, with empty side, dist_m and chain_km.</source>
        <translation>&lt;b&gt;Отмеченные инциденты&lt;/b&gt; (все инциденты со всеми атрибутами, в СК дороги), добавляемые поля: in_corr (в коридоре), side (north/south или west/east, 'on route' — на дороге), dist_m (геодезическое расстояние до дороги), chain_km (км по маршруту, который идёт с запада на восток), in_patrol (в коридоре между концами патруля; false без патруля), in_window (в пределах периода; пусто без поля даты или читаемой даты). Инцидент без геометрии сохраняется, ни во что не входит, а side, dist_m и chain_km у него пустые.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Outputs INSIDE, IN_PATROL and MISSING count incidents for models.</source>
        <translation>Выходы INSIDE, IN_PATROL и MISSING содержат число инцидентов для моделей.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="96"/>
        <source>Patrol start</source>
        <translation>Начало патруля</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="97"/>
        <source>Patrol end</source>
        <translation>Конец патруля</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="98"/>
        <source>Date format (e.g. %d/%m/%Y)</source>
        <translation>Формат даты (например, %d/%m/%Y)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>From date (inclusive)</source>
        <translation>Дата начала (включительно)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>To date (exclusive)</source>
        <translation>Дата окончания (не включая)</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="111"/>
        <source>Flagged incidents</source>
        <translation>Отмеченные инциденты</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="116"/>
        <source>Incidents inside the corridor</source>
        <translation>Инциденты в коридоре</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="117"/>
        <source>Incidents inside the patrol stretch</source>
        <translation>Инциденты на участке патрулирования</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="118"/>
        <source>Incidents without a location</source>
        <translation>Инциденты без местоположения</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="47"/>
        <source>The incident layer already has the field(s) {fields}, which this algorithm adds (was it flagged before?): flag the original layer, or rename those fields.</source>
        <translation>В слое инцидентов уже есть поля {fields}, которые добавляет этот алгоритм (не отмечался ли он раньше?): отметьте исходный слой или переименуйте эти поля.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="129"/>
        <source>A date window is set but no date field: choose the incidents&apos; date field.</source>
        <translation>Задан период дат, но не задано поле даты: выберите поле даты инцидентов.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="301"/>
        <source>Give both the patrol start and the patrol end, or neither.</source>
        <translation>Укажите и начало, и конец патруля или ни одного из них.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol start</source>
        <translation>Начало патруля</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol end</source>
        <translation>Конец патруля</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="148"/>
        <source>Flagging the incidents</source>
        <translation>Отметка инцидентов</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="162"/>
        <source>{inside} of {total} incidents inside the corridor, {in_patrol} in the patrol stretch, {missing} without a location.</source>
        <translation>В коридоре: {inside} из {total} инцидентов; на участке патрулирования: {in_patrol}; без местоположения: {missing}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="167"/>
        <source>Date window: {inside_and_in_window} inside the corridor and in the window, {outside_window} outside the window, {undated} without a readable date.</source>
        <translation>Период дат: в коридоре и в пределах периода — {inside_and_in_window}, вне периода — {outside_window}, без читаемой даты — {undated}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="201"/>
        <source>The incidents have a field &apos;{field}&apos; that looks like a category: set Category field to count the incidents by it.</source>
        <translation>У инцидентов есть поле «{field}», похожее на категорию: укажите его как поле категории, чтобы подсчитать инциденты по нему.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="207"/>
        <source>The incident layer has no field &apos;{field}&apos; for the Category field; its fields are {fields}.</source>
        <translation>В слое инцидентов нет поля «{field}», указанного как поле категории; его поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="219"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch):</source>
        <translation>По полю {field} (все / в коридоре / на участке патрулирования):</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="221"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch / inside and in the window):</source>
        <translation>По полю {field} (все / в коридоре / на участке патрулирования / в коридоре и в пределах периода):</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="230"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="316"/>
        <source>{parameter} is not a date; give it as YYYY-MM-DD.</source>
        <translation>{parameter}: это не дата; укажите её в виде YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="24"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="29"/>
        <source>Cancelled: {outputs}. Nothing was loaded.</source>
        <translation>Отменено: {outputs}. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="37"/>
        <source>the temporary layer &apos;{label}&apos; was discarded</source>
        <translation>временный слой «{label}» удалён</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="39"/>
        <source>the file {path} (&apos;{label}&apos;) was deleted</source>
        <translation>файл {path} («{label}») удалён</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="43"/>
        <source>the layer {layer} (&apos;{label}&apos;) was removed from {path}, whose other layers are untouched</source>
        <translation>слой {layer} («{label}») удалён из {path}; остальные слои файла не затронуты</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="50"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted: it is incomplete, with {written} of {total} features</source>
        <translation>{path} («{label}») существовал до этого запуска, поэтому не удалён: он неполный, записано {written} из {total} объектов</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="52"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted</source>
        <translation>{path} («{label}») существовал до этого запуска, поэтому не удалён</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="55"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason}): it is incomplete, with {written} of {total} features</source>
        <translation>файл {path} («{label}») не удалось удалить ({reason}): он неполный, записано {written} из {total} объектов</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="57"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason})</source>
        <translation>файл {path} («{label}») не удалось удалить ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="61"/>
        <source>&apos;{label}&apos; was written to {where}: it is incomplete, with {written} of {total} features</source>
        <translation>«{label}» записан в {where}: он неполный, записано {written} из {total} объектов</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="64"/>
        <source>&apos;{label}&apos; was written to {where}</source>
        <translation>«{label}» записан в {where}</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="22"/>
        <source>Patrol stretch between two places</source>
        <translation>Участок патрулирования между двумя населёнными пунктами</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Cuts the stretch of road a patrol drives between two places, each snapped to the nearest point of the road, and optionally puts checkpoints every N km along it. The road may come in many line features; they are assembled into one route first, so the stretch follows the road across its parts. Lengths are geodesic (WGS84).</source>
        <translation>Вырезает участок дороги, который проезжает патруль между двумя населёнными пунктами (каждый привязывается к ближайшей точке дороги), и при необходимости расставляет вдоль него контрольные пункты через каждые N км. Дорога может состоять из многих линейных объектов; сначала они собираются в один маршрут, так что участок следует по дороге через все её части. Длины геодезические (WGS84).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;: the patrol&apos;s two ends, points with their CRS (a point without one is read in the project&apos;s CRS, or the road&apos;s). Or, for an end without a point, &lt;b&gt;Start place name&lt;/b&gt; / &lt;b&gt;End place name&lt;/b&gt; searched in &lt;b&gt;Places&lt;/b&gt; (its &lt;b&gt;Name field&lt;/b&gt; and every field with &apos;name&apos; in its name, e.g. name_ar), with the dock&apos;s tolerant search: &apos;Saraqeb&apos; finds Saraqab. A name that matches several places equally well is an error that lists them. &lt;b&gt;Start name&lt;/b&gt;, &lt;b&gt;End name&lt;/b&gt;: their names, for fields and messages (default Start and End).</source>
        <translation>&lt;b&gt;Начало&lt;/b&gt;, &lt;b&gt;Конец&lt;/b&gt;: два конца патруля — точки со своей СК (точка без СК читается в СК проекта или дороги). Либо для конца без точки — &lt;b&gt;Название начального пункта&lt;/b&gt; / &lt;b&gt;Название конечного пункта&lt;/b&gt;, которые ищутся в слое &lt;b&gt;Населённые пункты&lt;/b&gt; (в его &lt;b&gt;поле названия&lt;/b&gt; и во всех полях, в имени которых есть «name», например name_ar) тем же нестрогим поиском, что и в панели: «Saraqeb» находит Saraqab. Название, одинаково хорошо подходящее нескольким населённым пунктам, — ошибка со списком этих пунктов. &lt;b&gt;Имя начала&lt;/b&gt;, &lt;b&gt;Имя конца&lt;/b&gt;: их названия для полей и сообщений (по умолчанию «Начало» и «Конец»).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Snap tolerance&lt;/b&gt;: how far (m) each end may lie from the road.</source>
        <translation>&lt;b&gt;Допуск привязки&lt;/b&gt;: на каком расстоянии (м) от дороги может находиться каждый конец.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none.</source>
        <translation>&lt;b&gt;Интервал контрольных пунктов&lt;/b&gt;: км между контрольными пунктами от начала; 0 — без них.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt; (a line in the road&apos;s CRS, from start to end), fields: start_name, end_name, start_km and end_km (km along the route, which runs west to east), length_km.</source>
        <translation>&lt;b&gt;Патруль&lt;/b&gt; (линия в СК дороги от начала до конца), поля: start_name, end_name, start_km и end_km (км по маршруту, который идёт с запада на восток), length_km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Checkpoints&lt;/b&gt; (points; empty when the interval is 0), fields: km (from the patrol&apos;s start; the end is the last checkpoint), route_km (km along the route), label.</source>
        <translation>&lt;b&gt;Контрольные пункты&lt;/b&gt; (точки; пусто, если интервал равен 0), поля: km (от начала патруля; последний контрольный пункт — в конце), route_km (км по маршруту), label.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Outputs LENGTH_KM, START_KM and END_KM hold the patrol&apos;s numbers for models.</source>
        <translation>Выходы LENGTH_KM, START_KM и END_KM содержат значения патруля для моделей.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="34"/>
        <source>Start (a point)</source>
        <translation>Начало (точка)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="35"/>
        <source>End (a point)</source>
        <translation>Конец (точка)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="36"/>
        <source>Places, to name the ends instead</source>
        <translation>Населённые пункты, чтобы задать концы по названию</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="42"/>
        <source>Name field of the places</source>
        <translation>Поле названия населённых пунктов</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="48"/>
        <source>Start place name</source>
        <translation>Название начального пункта</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="49"/>
        <source>End place name</source>
        <translation>Название конечного пункта</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="50"/>
        <source>Start name</source>
        <translation>Имя начала</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="51"/>
        <source>End name</source>
        <translation>Имя конца</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Checkpoint interval (km), 0 for none</source>
        <translation>Интервал контрольных пунктов (км), 0 — без них</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="72"/>
        <source>Checkpoints</source>
        <translation>Контрольные пункты</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="77"/>
        <source>Patrol length (km)</source>
        <translation>Длина патруля (км)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="78"/>
        <source>Start, km along the route</source>
        <translation>Начало, км по маршруту</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="79"/>
        <source>End, km along the route</source>
        <translation>Конец, км по маршруту</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="61"/>
        <source>Cutting the patrol stretch</source>
        <translation>Вырезание участка патрулирования</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="63"/>
        <source>{start} is {start_m:.0f} m from the road, {end} {end_m:.0f} m; patrol of {length_km:.3f} km.</source>
        <translation>{start}: {start_m:.0f} м от дороги, {end}: {end_m:.0f} м; патруль {length_km:.3f} км.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="87"/>
        <source>Placing checkpoints</source>
        <translation>Размещение контрольных пунктов</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="89"/>
        <source>Writing the patrol</source>
        <translation>Запись патруля</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="86"/>
        <source>{role}: give it as a point ({point}), or its name ({place}) with a places layer.</source>
        <translation>{role}: задайте точкой ({point}) или названием ({place}) вместе со слоем населённых пунктов.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="98"/>
        <source>A place name is given, but no Places layer to find it in.</source>
        <translation>Указано название населённого пункта, но не задан слой населённых пунктов для поиска.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="103"/>
        <source>Choose the Name field of the places layer.</source>
        <translation>Выберите поле названия в слое населённых пунктов.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="36"/>
        <source>Save the patrol for GPS units</source>
        <translation>Сохранить патруль для GPS-навигаторов</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX files (*.gpx)</source>
        <translation>Файлы GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="59"/>
        <source>The patrol is saved for GPS units: {paths}.</source>
        <translation>Патруль сохранён для GPS-навигаторов: {paths}.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="62"/>
        <source>writing the GPS files</source>
        <translation>запись файлов GPS</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="107"/>
        <source>Route book…</source>
        <translation>Маршрутный альбом…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="108"/>
        <source>A PDF for the patrol team: an overview, then a map page per stretch of the patrol, rotated so the road runs across the page.</source>
        <translation>PDF для патрульной группы: обзорная страница, затем по странице карты на каждый отрезок патруля, повёрнутой так, чтобы дорога шла поперёк страницы.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="110"/>
        <source>GPS files…</source>
        <translation>Файлы GPS…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="111"/>
        <source>The patrol as GPX (and KML): waypoints named by their km, a route, the track and the corridor&apos;s edges, for GPS units and phones.</source>
        <translation>Патруль в формате GPX (и KML): путевые точки, названные по их км, маршрут, трек и границы коридора — для GPS-навигаторов и телефонов.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="127"/>
        <source>GDAL copied {copied} features of &apos;{layer}&apos; where QGIS read {read}: did the layer change while it was read? Run again.</source>
        <translation>GDAL скопировал {copied} объектов слоя «{layer}», а QGIS прочитал {read}: не изменился ли слой во время чтения? Запустите ещё раз.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="181"/>
        <source>GDAL could not copy the incidents into {path}: {error}</source>
        <translation>GDAL не удалось скопировать инциденты в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="229"/>
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="118"/>
        <source>Strip pages</source>
        <translation>Ленточные страницы</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="109"/>
        <source>Corridor edge</source>
        <translation>Граница коридора</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="111"/>
        <source>Patrol stretch</source>
        <translation>Участок патрулирования</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="112"/>
        <source>km ticks</source>
        <translation>километровые отметки</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="115"/>
        <source>km along the patrol</source>
        <translation>км по патрулю</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="144"/>
        <source>{side} {km} km</source>
        <translation>{side} {km} км</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="56"/>
        <source>QGIS cannot make the route book&apos;s map projection: {proj}</source>
        <translation>QGIS не может создать картографическую проекцию маршрутного альбома: {proj}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="65"/>
        <source>Patrol {start} – {end}</source>
        <translation>Патруль {start} – {end}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="90"/>
        <source>Route book overview</source>
        <translation>Обзорная страница маршрутного альбома</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="91"/>
        <source>{title} · route book</source>
        <translation>{title} · маршрутный альбом</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="92"/>
        <source>{length} km in {count} strip pages at {scale}; each page&apos;s map is outlined and numbered.</source>
        <translation>{length} км, ленточных страниц: {count}, масштаб {scale}; карта каждой страницы обведена и пронумерована.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="118"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt;: {left} {left_km} km, {right} {right_km} km ({cap} ends)</source>
        <translation>&lt;b&gt;Коридор&lt;/b&gt;: {left} {left_km} км, {right} {right_km} км (концы: {cap})</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="122"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt;: {start} to {end}, {length} km</source>
        <translation>&lt;b&gt;Патруль&lt;/b&gt;: {start} — {end}, {length} км</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="125"/>
        <source>&lt;b&gt;Pages&lt;/b&gt;: {count} of {page_km} km, overlapping {overlap_km} km</source>
        <translation>&lt;b&gt;Страницы&lt;/b&gt;: {count} по {page_km} км, перекрытие {overlap_km} км</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="129"/>
        <source>&lt;b&gt;Scale&lt;/b&gt;: {scale} on every strip page; this map {overview}</source>
        <translation>&lt;b&gt;Масштаб&lt;/b&gt;: {scale} на каждой ленточной странице; эта карта — {overview}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="135"/>
        <source>&lt;b&gt;Dates&lt;/b&gt;: from {start} to {end} (dimmed outside)</source>
        <translation>&lt;b&gt;Даты&lt;/b&gt;: с {start} по {end} (вне периода — приглушены)</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="140"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt;: {total}, {inside} inside the corridor, {in_patrol} in the patrol stretch</source>
        <translation>&lt;b&gt;Инциденты&lt;/b&gt;: {total}, в коридоре — {inside}, на участке патрулирования — {in_patrol}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="145"/>
        <source>Strip pages: the road runs left to right in the direction of travel; the arrow on each page points to true north.</source>
        <translation>Ленточные страницы: дорога идёт слева направо по ходу движения; стрелка на каждой странице указывает на истинный север.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="163"/>
        <source>Route book strip pages</source>
        <translation>Ленточные страницы маршрутного альбома</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="165"/>
        <source>{title} · km {km}</source>
        <translation>{title} · км {km}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="169"/>
        <source>Travel from left to right: {left} ({left_km} km) above the road, {right} ({right_km} km) below.</source>
        <translation>Движение слева направо: {left} ({left_km} км) над дорогой, {right} ({right_km} км) под ней.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="189"/>
        <source>km {km} of {length} from {start}&lt;br&gt;Scale {scale}</source>
        <translation>км {km} из {length} от {start}&lt;br&gt;Масштаб {scale}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="151"/>
        <source>page {page} of {total}</source>
        <translation>страница {page} из {total}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_items.py" line="128"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="212"/>
        <source>Could not write the route book to {path}.</source>
        <translation>Не удалось записать маршрутный альбом в {path}.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="219"/>
        <source>QGIS could not start the atlas of the route book&apos;s strip pages.</source>
        <translation>QGIS не удалось запустить атлас ленточных страниц маршрутного альбома.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="43"/>
        <source>Compare corridor scenarios</source>
        <translation>Сравнить сценарии коридора</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>Builds the corridor of every scenario in a scenario file on one road and tables them side by side: widths, geodesic area, patrol length, and, when given, the incidents and places inside. Each scenario is computed on its own, so its numbers are those Build corridor, Flag incidents in the corridor and Places in the corridor give with its parameters.</source>
        <translation>Строит коридор каждого сценария из файла сценариев на одной дороге и сводит их в таблицу бок о бок: ширина, геодезическая площадь, длина патруля и, если заданы, инциденты и населённые пункты внутри. Каждый сценарий рассчитывается отдельно, поэтому его значения совпадают с теми, что дают «Построить коридор», «Отметить инциденты в коридоре» и «Населённые пункты в коридоре» с его параметрами.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Scenarios&lt;/b&gt;: a .json file whose format is secure-corridor-scenarios, version 1, with a list of scenarios, each a name and its parameters as in a saved corridor specification: left_width_m, right_width_m, end_cap, from_km, to_km, patrol_start and patrol_end (each with a name, and lon and lat in WGS84), snap_tolerance_m, date_from, date_to. A wrong field is an error naming the scenario and the field, before anything is written. resources/sample/m4_scenarios.json is an example.</source>
        <translation>&lt;b&gt;Дорога&lt;/b&gt;: линейный слой (или его выбранные объекты). &lt;b&gt;Сценарии&lt;/b&gt;: файл .json формата secure-corridor-scenarios, версии 1, со списком сценариев, каждый из которых — имя и параметры, как в сохранённых параметрах коридора: left_width_m, right_width_m, end_cap, from_km, to_km, patrol_start и patrol_end (каждый с name, а также lon и lat в WGS84), snap_tolerance_m, date_from, date_to. Неверное поле — ошибка с указанием сценария и поля, ещё до того, как что-либо записано. Пример — resources/sample/m4_scenarios.json.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional), with their &lt;b&gt;Date field&lt;/b&gt; and &lt;b&gt;Date format&lt;/b&gt; for the scenarios&apos; date windows; &lt;b&gt;Places&lt;/b&gt; (optional).</source>
        <translation>&lt;b&gt;Инциденты&lt;/b&gt; (необязательно) с их &lt;b&gt;полем даты&lt;/b&gt; и &lt;b&gt;форматом даты&lt;/b&gt; для периодов дат сценариев; &lt;b&gt;Населённые пункты&lt;/b&gt; (необязательно).</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Table&lt;/b&gt;: a CSV file (UTF-8, with a header), one row per scenario: name, north_m, south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, incidents_in_patrol, incidents_in_window (inside the corridor and in the window), places_inside, places_in_patrol, then the patrol&apos;s ends and the window. A cell is empty where a scenario has no patrol or window, or no layer was given.</source>
        <translation>&lt;b&gt;Таблица&lt;/b&gt;: файл CSV (UTF-8, со строкой заголовков), по строке на сценарий: name, north_m, south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, incidents_in_patrol, incidents_in_window (в коридоре и в пределах периода), places_inside, places_in_patrol, затем концы патруля и период. Ячейка пуста, если у сценария нет патруля или периода либо слой не задан.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Corridors&lt;/b&gt; (optional): one polygon per scenario, in the road&apos;s CRS, with a &apos;scenario&apos; field; loaded with an outline of its own colour and dash per scenario.</source>
        <translation>&lt;b&gt;Коридоры&lt;/b&gt; (необязательно): по одному полигону на сценарий в СК дороги, с полем «scenario»; загружаются с контуром своего цвета и штриха для каждого сценария.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="85"/>
        <source>Scenarios (JSON)</source>
        <translation>Сценарии (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="109"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="110"/>
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="119"/>
        <source>Scenarios compared</source>
        <translation>Сравнённые сценарии</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="124"/>
        <source>{count} scenarios: {names}.</source>
        <translation>Сценариев: {count}: {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="132"/>
        <source>Reading the incidents</source>
        <translation>Чтение инцидентов</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="140"/>
        <source>The scenarios {names} have a date window, but no Date field is chosen: their incidents in the window are left empty.</source>
        <translation>У сценариев {names} есть период дат, но поле даты не выбрано: их инциденты в пределах периода оставлены пустыми.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="145"/>
        <source>Building the corridors</source>
        <translation>Построение коридоров</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="149"/>
        <source>Writing the table</source>
        <translation>Запись таблицы</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="154"/>
        <source>{name}: north {north_m:g} m, south {south_m:g} m, {area_km2:.1f} km²; incidents inside: {incidents}; places inside: {places}.</source>
        <translation>{name}: север {north_m:g} м, юг {south_m:g} м, {area_km2:.1f} км²; инцидентов в коридоре: {incidents}; населённых пунктов в коридоре: {places}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="23"/>
        <source>Patrol to GPS files (GPX, KML)</source>
        <translation>Патруль в файлы GPS (GPX, KML)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Writes the patrol stretch between two places as a GPX 1.1 file for GPS units and apps, and optionally as KML: waypoints at its start (km 0), at every checkpoint and at its end, named by their km from the start; a route through them; the patrol as a track of every vertex, within 1 m of the stretch the patrol algorithm cuts; and, if asked, the corridor&apos;s two edges alongside it as more tracks. Coordinates are WGS84 longitude/latitude.</source>
        <translation>Записывает участок патрулирования между двумя населёнными пунктами в файл GPX 1.1 для GPS-навигаторов и приложений и, по желанию, в KML: путевые точки в его начале (km 0), в каждом контрольном пункте и в конце, названные по их км от начала; маршрут через них; патруль в виде трека из всех вершин, не дальше 1 м от участка, который вырезает алгоритм патруля; и, если нужно, две границы коридора вдоль него как дополнительные треки. Координаты — долгота/широта WGS84.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt; and the place names, &lt;b&gt;Snap tolerance&lt;/b&gt;: as in &apos;Patrol stretch between two places&apos;.</source>
        <translation>&lt;b&gt;Дорога&lt;/b&gt;, &lt;b&gt;Начало&lt;/b&gt;, &lt;b&gt;Конец&lt;/b&gt;, &lt;b&gt;Населённые пункты&lt;/b&gt; и названия пунктов, &lt;b&gt;Допуск привязки&lt;/b&gt;: как в «Участок патрулирования между двумя населёнными пунктами».</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none (the waypoints are then the two ends).</source>
        <translation>&lt;b&gt;Интервал контрольных пунктов&lt;/b&gt;: км между контрольными пунктами от начала; 0 — без них (тогда путевые точки — это два конца).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Corridor edges&lt;/b&gt;: add the corridor&apos;s two edges along the patrol stretch as tracks, named by their side and width, e.g. north edge (6 km); &lt;b&gt;North width&lt;/b&gt; and &lt;b&gt;South width&lt;/b&gt; as in &apos;Build corridor&apos; (0 for no edge on a side).</source>
        <translation>&lt;b&gt;Границы коридора&lt;/b&gt;: добавить две границы коридора вдоль участка патрулирования как треки, названные по стороне и ширине, например north edge (6 km); &lt;b&gt;Ширина к северу&lt;/b&gt; и &lt;b&gt;Ширина к югу&lt;/b&gt; — как в «Построить коридор» (0 — без границы с этой стороны).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;GPX file&lt;/b&gt;: waypoints, a route and tracks. Waypoint names are &apos;km 0&apos;, &apos;km 10&apos;, ...; the two ends carry their place&apos;s name as comment.</source>
        <translation>&lt;b&gt;Файл GPX&lt;/b&gt;: путевые точки, маршрут и треки. Путевые точки называются 'km 0', 'km 10', ...; у двух концов в комментарии — название их населённого пункта.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;KML file&lt;/b&gt; (optional): the same waypoints, route and tracks, one folder each, for Google Earth and phones.</source>
        <translation>&lt;b&gt;Файл KML&lt;/b&gt; (необязательно): те же путевые точки, маршрут и треки, каждые в своей папке, — для Google Earth и телефонов.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Output WAYPOINTS holds the number of waypoints.</source>
        <translation>Выход WAYPOINTS содержит число путевых точек.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>The inputs are only read. On an error no file is written.</source>
        <translation>Входные данные только читаются. При ошибке ни один файл не записывается.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="65"/>
        <source>Add the corridor&apos;s edges as tracks</source>
        <translation>Добавить границы коридора как треки</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX file</source>
        <translation>Файл GPX</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML file</source>
        <translation>Файл KML</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML files (*.kml)</source>
        <translation>Файлы KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="81"/>
        <source>Number of waypoints</source>
        <translation>Число путевых точек</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="95"/>
        <source>Drawing the corridor&apos;s edges</source>
        <translation>Построение границ коридора</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="101"/>
        <source>Corridor edge: {name}, {points} points.</source>
        <translation>Граница коридора: {name}, точек: {points}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="103"/>
        <source>Writing the GPS files</source>
        <translation>Запись файлов GPS</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="155"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="41"/>
        <source>nothing was written to {path} (&apos;{label}&apos;)</source>
        <translation>в {path} («{label}») ничего не записано</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="40"/>
        <source>Places in the corridor</source>
        <translation>Населённые пункты в коридоре</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>Lists the places (settlements) inside the corridor along a road: on which side, how far from the road, at which km, and whether in the patrol stretch; and the places just outside, within a margin of the corridor&apos;s edge. Places are measured as incidents are, so their numbers agree with Flag incidents in the corridor.</source>
        <translation>Перечисляет населённые пункты в коридоре вдоль дороги: с какой стороны, на каком расстоянии от дороги, на каком км и находятся ли на участке патрулирования; а также пункты сразу за пределами коридора, в пределах запаса от его границы. Населённые пункты измеряются так же, как инциденты, поэтому их значения согласуются с «Отметить инциденты в коридоре».</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Places&lt;/b&gt;: a point layer; a place of several points is taken at its first. &lt;b&gt;Name fields&lt;/b&gt;: the fields copied to the outputs (by default every field with &apos;name&apos; in its name, such as name_en and name_ar).</source>
        <translation>&lt;b&gt;Дорога&lt;/b&gt;: линейный слой (или его выбранные объекты). &lt;b&gt;Населённые пункты&lt;/b&gt;: точечный слой; пункт из нескольких точек берётся по первой из них. &lt;b&gt;Поля названия&lt;/b&gt;: поля, копируемые в результаты (по умолчанию все поля, в имени которых есть «name», например name_en и name_ar).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Margin&lt;/b&gt; (m): a place outside the corridor but at most this far from its edge is listed as near the edge.</source>
        <translation>&lt;b&gt;Запас&lt;/b&gt; (м): пункт вне коридора, но не дальше этого расстояния от его границы, указывается как находящийся у границы.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Places&lt;/b&gt; (points in the road&apos;s CRS, by km along the route): the name fields, side (north/south or west/east, &apos;on route&apos; on the road), dist_m (geodesic distance to the road), route_km (km along the route), patrol_km (km from the patrol&apos;s start along the patrol; empty without a patrol), in_patrol, status (&apos;inside&apos; or &apos;near edge&apos;) and outside_m (how far outside the corridor, for a place near the edge).</source>
        <translation>&lt;b&gt;Населённые пункты&lt;/b&gt; (точки в СК дороги, по км вдоль маршрута): поля названия, side (north/south или west/east, 'on route' — на дороге), dist_m (геодезическое расстояние до дороги), route_km (км по маршруту), patrol_km (км от начала патруля вдоль патруля; пусто без патруля), in_patrol, status ('inside' или 'near edge') и outside_m (насколько пункт у границы находится вне коридора).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Table&lt;/b&gt; (optional): the same rows as a CSV file (UTF-8, with a header), with the places&apos; WGS84 lon and lat.</source>
        <translation>&lt;b&gt;Таблица&lt;/b&gt; (необязательно): те же строки в файле CSV (UTF-8, со строкой заголовков), с lon и lat населённых пунктов в WGS84.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>The log counts the places inside per side and per 10 km: along the patrol from its start when there is a patrol, else along the route. Outputs INSIDE and NEAR_EDGE count the places for models.</source>
        <translation>В журнале подсчитываются населённые пункты в коридоре по сторонам и на каждые 10 км: вдоль патруля от его начала, если патруль задан, иначе вдоль маршрута. Выходы INSIDE и NEAR_EDGE содержат число населённых пунктов для моделей.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="88"/>
        <source>Name fields</source>
        <translation>Поля названия</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="99"/>
        <source>Margin outside the corridor (m)</source>
        <translation>Запас за пределами коридора (м)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>Table (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="111"/>
        <source>Places inside the corridor</source>
        <translation>Населённые пункты в коридоре</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="112"/>
        <source>Places near the corridor&apos;s edge</source>
        <translation>Населённые пункты у границы коридора</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="125"/>
        <source>Reading the places</source>
        <translation>Чтение населённых пунктов</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="131"/>
        <source>Writing the places</source>
        <translation>Запись населённых пунктов</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="173"/>
        <source>The places layer has no field &apos;{field}&apos;; its fields are {fields}.</source>
        <translation>В слое населённых пунктов нет поля «{field}»; его поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="180"/>
        <source>The name field(s) {fields} have the name of a field this algorithm adds: choose other name fields, or rename those.</source>
        <translation>Поля названия {fields} называются так же, как поле, которое добавляет этот алгоритм: выберите другие поля названия или переименуйте эти.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="188"/>
        <source>{inside} places inside the corridor ({sides}); {near} outside it within {margin:g} m of its edge.</source>
        <translation>Населённых пунктов в коридоре: {inside} ({sides}); вне его, в пределах {margin:g} м от границы: {near}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="193"/>
        <source>{count} places have no location.</source>
        <translation>Населённых пунктов без местоположения: {count}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="195"/>
        <source>Places inside per {km:g} km along the patrol, from its start:</source>
        <translation>Населённые пункты в коридоре на каждые {km:g} км вдоль патруля от его начала:</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="198"/>
        <source>Places inside per {km:g} km along the route:</source>
        <translation>Населённые пункты в коридоре на каждые {km:g} км вдоль маршрута:</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="201"/>
        <source>  km {low:g} to {high:g}: {count} ({sides})</source>
        <translation>  км {low:g}–{high:g}: {count} ({sides})</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="41"/>
        <source>Route book of the patrol (PDF)</source>
        <translation>Маршрутный альбом патруля (PDF)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Makes a printable route book for a patrol team: an overview page of the whole patrol, then one page per stretch of road, each at the same fixed scale and turned so that the road runs left to right in the direction of travel, with km ticks, checkpoints, the corridor&apos;s edges, places and incidents, a north arrow to true north and a scale bar.</source>
        <translation>Создаёт маршрутный альбом для печати для патрульной группы: обзорная страница всего патруля, затем по странице на каждый участок дороги, все в одном и том же постоянном масштабе и повёрнутые так, чтобы дорога шла слева направо по ходу движения, с километровыми отметками, контрольными пунктами, границами коридора, населёнными пунктами и инцидентами, стрелкой на истинный север и масштабной линейкой.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt;: as for the patrol stretch; the places are also labelled on the maps, by their name field and an Arabic name field (name_ar) when the layer has one.</source>
        <translation>&lt;b&gt;Дорога&lt;/b&gt;, &lt;b&gt;Начало&lt;/b&gt;, &lt;b&gt;Конец&lt;/b&gt;, &lt;b&gt;Населённые пункты&lt;/b&gt;: как для участка патрулирования; населённые пункты также подписываются на картах по полю названия и по полю арабского названия (name_ar), если оно есть в слое.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional): points flagged against the corridor and the patrol, drawn as the Flag incidents algorithm styles them; with a &lt;b&gt;Date field&lt;/b&gt; and a window, those outside it are dimmed.</source>
        <translation>&lt;b&gt;Инциденты&lt;/b&gt; (необязательно): точки, отмеченные относительно коридора и патруля, отрисованные так, как их оформляет алгоритм «Отметить инциденты»; при заданных &lt;b&gt;поле даты&lt;/b&gt; и периоде инциденты вне периода приглушены.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Page length&lt;/b&gt;, &lt;b&gt;Overlap&lt;/b&gt;: km of patrol per page, and km each page repeats of the one before. &lt;b&gt;Scale&lt;/b&gt;: the scale&apos;s denominator for every strip page (e.g. 50000); 0 chooses the largest standard scale at which every page&apos;s stretch and corridor fit.</source>
        <translation>&lt;b&gt;Длина страницы&lt;/b&gt;, &lt;b&gt;Перекрытие&lt;/b&gt;: км патруля на страницу и сколько км каждая страница повторяет из предыдущей. &lt;b&gt;Масштаб&lt;/b&gt;: знаменатель масштаба для каждой ленточной страницы (например, 50000); 0 — выбрать самый крупный стандартный масштаб, при котором помещаются участок и коридор каждой страницы.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Route book&lt;/b&gt;: the PDF. &lt;b&gt;Strip pages&lt;/b&gt; (optional): each page&apos;s map extent as a polygon, fields page (its page in the book; the overview is page 1), from_km and to_km (km from the patrol&apos;s start) and rotation (the map rotation, degrees clockwise, in the book&apos;s local projection centred on the patrol). The layer drives an atlas for printing the pages with QGIS&apos;s own layouts.</source>
        <translation>&lt;b&gt;Маршрутный альбом&lt;/b&gt;: PDF. &lt;b&gt;Ленточные страницы&lt;/b&gt; (необязательно): охват карты каждой страницы в виде полигона, поля page (номер страницы в альбоме; обзорная — страница 1), from_km и to_km (км от начала патруля) и rotation (поворот карты в градусах по часовой стрелке в местной проекции альбома с центром на патруле). Слой управляет атласом для печати страниц собственными макетами QGIS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Outputs PAGE_COUNT (pages in the PDF) and SCALE hold the book&apos;s numbers for models.</source>
        <translation>Выходы PAGE_COUNT (число страниц в PDF) и SCALE содержат значения альбома для моделей.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Page length (km)</source>
        <translation>Длина страницы (км)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Overlap (km)</source>
        <translation>Перекрытие (км)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Scale (e.g. 50000), 0 to choose</source>
        <translation>Масштаб (например, 50000), 0 — выбрать автоматически</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>Route book</source>
        <translation>Маршрутный альбом</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="123"/>
        <source>Pages in the route book</source>
        <translation>Страниц в маршрутном альбоме</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="124"/>
        <source>Scale of the strip pages</source>
        <translation>Масштаб ленточных страниц</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="140"/>
        <source>{count} strip pages at 1:{scale}.</source>
        <translation>Ленточных страниц: {count}, масштаб 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="150"/>
        <source>Writing the strip pages</source>
        <translation>Запись ленточных страниц</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="154"/>
        <source>Drawing the route book</source>
        <translation>Построение маршрутного альбома</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="165"/>
        <source>Choose where to save the route book (a PDF file).</source>
        <translation>Выберите, куда сохранить маршрутный альбом (файл PDF).</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="170"/>
        <source>The folder {folder} for the route book does not exist.</source>
        <translation>Папка {folder} для маршрутного альбома не существует.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="190"/>
        <source>A date window is set but no incidents with a date field: choose the incidents&apos; date field.</source>
        <translation>Задан период дат, но нет инцидентов с полем даты: выберите поле даты инцидентов.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="69"/>
        <source>Save the route book</source>
        <translation>Сохранить маршрутный альбом</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="107"/>
        <source>writing the route book</source>
        <translation>запись маршрутного альбома</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="109"/>
        <source>Route book of {pages} pages saved to {path}.</source>
        <translation>Маршрутный альбом ({pages} стр.) сохранён в {path}.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="112"/>
        <source>making the route book</source>
        <translation>подготовка маршрутного альбома</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="208"/>
        <source>Places in the corridor…</source>
        <translation>Населённые пункты в коридоре…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="209"/>
        <source>Which places fall inside the corridor or near its edge: side, distance and km, as a layer and a CSV table (Processing dialog).</source>
        <translation>Какие населённые пункты лежат в коридоре или у его границы: сторона, расстояние и км, в виде слоя и таблицы CSV (диалог Processing).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="211"/>
        <source>Compare scenarios…</source>
        <translation>Сравнить сценарии…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="212"/>
        <source>Candidate corridors from a scenario file (JSON) side by side: area, patrol length, incidents and places (Processing dialog).</source>
        <translation>Варианты коридора из файла сценариев (JSON) рядом: площадь, длина патрулирования, инциденты и населённые пункты (диалог Processing).</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="24"/>
        <source>incidents inside</source>
        <translation>инциденты в коридоре</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="25"/>
        <source>in the patrol stretch</source>
        <translation>на участке патрулирования</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="26"/>
        <source>inside, in the date window</source>
        <translation>в коридоре и в интервале дат</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="27"/>
        <source>places inside</source>
        <translation>населённые пункты в коридоре</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="46"/>
        <source>The chart could not be written to {path}.</source>
        <translation>Не удалось записать диаграмму в {path}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Chart of the counts&lt;/b&gt; (optional): a PNG bar chart, per scenario, of the incidents inside, in the patrol stretch and in the window, and the places inside.</source>
        <translation>&lt;b&gt;Диаграмма количеств&lt;/b&gt; (необязательно): столбчатая диаграмма PNG по каждому сценарию — инциденты в коридоре, на участке патрулирования и в интервале дат, а также населённые пункты в коридоре.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>Chart of the counts</source>
        <translation>Диаграмма количеств</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>PNG files (*.png)</source>
        <translation>Файлы PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="318"/>
        <source>Could not rename the table {table} of {path} to {name}: {error}</source>
        <translation>Не удалось переименовать таблицу {table} в {path} в {name}: {error}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../build/i18n/core_messages.py" line="3"/>
        <source>No road features were given: select the road&apos;s line features.</source>
        <translation>Не заданы объекты дороги: выберите линейные объекты дороги.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="4"/>
        <source>The gap tolerance</source>
        <translation>Допуск разрыва</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="5"/>
        <source>{labels} labels were given for {count} road features; give one per feature.</source>
        <translation>Для {count} объектов дороги задано подписей: {labels}; нужна одна подпись на объект.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="6"/>
        <source>{name} must be a number of metres, 0 or more; got {value}.</source>
        <translation>{name}: нужно число метров, 0 или больше; получено {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="8"/>
        <source>Road {label} has no geometry; fix it or leave it out.</source>
        <translation>У дороги {label} нет геометрии; исправьте её или исключите этот объект.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="9"/>
        <source>Road {label} is a {kind}, not a geometry; the road must be made of lines.</source>
        <translation>Дорога {label} — {kind}, а не геометрия; дорога должна состоять из линий.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="10"/>
        <source>Road {label} is a {kind}; the road must be made of lines. Choose a line layer.</source>
        <translation>Дорога {label} — {kind}; дорога должна состоять из линий. Выберите линейный слой.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="11"/>
        <source>Road {label} has missing or NaN coordinates; fix it.</source>
        <translation>У дороги {label} отсутствуют координаты или есть значения NaN; исправьте её.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="7"/>
        <source>Road {label}</source>
        <translation>Дорога {label}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="12"/>
        <source>The route start</source>
        <translation>Начало маршрута</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="13"/>
        <source>The route end</source>
        <translation>Конец маршрута</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="14"/>
        <source>The route&apos;s two ends fall on the same point of the road; choose two different places.</source>
        <translation>Оба конца маршрута попадают в одну и ту же точку дороги; выберите два разных места.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="15"/>
        <source>The road is a closed loop with no dead ends, so its ends are not known: name the route&apos;s two ends.</source>
        <translation>Дорога — замкнутое кольцо без тупиковых концов, поэтому её концы неизвестны: укажите оба конца маршрута.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="16"/>
        <source>The route&apos;s ends must be two points, ((lon, lat), (lon, lat)).</source>
        <translation>Концы маршрута должны быть двумя точками: ((lon, lat), (lon, lat)).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="17"/>
        <source>The route&apos;s ends {ends} are not WGS84 longitude/latitude; check them.</source>
        <translation>Концы маршрута {ends} не являются долготой/широтой WGS84; проверьте их.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="18"/>
        <source>There are {categories} categories for {incidents} incidents: give one category per incident.</source>
        <translation>Для {incidents} инцидентов задано категорий: {categories}; нужна одна категория на инцидент.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="19"/>
        <source>The left width</source>
        <translation>Ширина слева</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="20"/>
        <source>The right width</source>
        <translation>Ширина справа</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="21"/>
        <source>{name} of {value:g} m is under {min_m:g} m; use 0 for no corridor on that side, or at least {min_m:g} m.</source>
        <translation>{name} — {value:g} м, это меньше {min_m:g} м; укажите 0, если коридор с этой стороны не нужен, или не менее {min_m:g} м.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="22"/>
        <source>{name} of {value_km:g} km is over the limit of {max_km:g} km, the widest corridor this plugin keeps within 1 m of its true width; check the units (metres).</source>
        <translation>{name} — {value_km:g} км, это больше предела {max_km:g} км, максимальной ширины коридора, которую модуль сохраняет с точностью до 1 м от истинной; проверьте единицы (метры).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="23"/>
        <source>Both widths are 0: give at least one side a width.</source>
        <translation>Обе ширины равны 0: задайте ширину хотя бы для одной стороны.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="24"/>
        <source>Unknown end style &apos;{end_cap}&apos;; use one of {styles}.</source>
        <translation>Неизвестная форма концов «{end_cap}»; используйте одну из: {styles}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="25"/>
        <source>The corridor stretch km {start:g} to km {end:g} must lie within the route (km 0 to {length_km:.3f}) with its start before its end.</source>
        <translation>Участок коридора от км {start:g} до км {end:g} должен лежать в пределах маршрута (от км 0 до {length_km:.3f}), и его начало должно быть раньше конца.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="26"/>
        <source>feature {id}: {value}</source>
        <translation>объект {id}: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="27"/>
        <source>Dates like {value} read differently by country (day/month/year in most of the world, month/day/year in the United States): give the date format, e.g. %d/%m/%Y or %m/%d/%Y.</source>
        <translation>Даты вида {value} читаются по-разному в разных странах (день/месяц/год в большинстве стран, месяц/день/год в США): укажите формат даты, например %d/%m/%Y или %m/%d/%Y.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="28"/>
        <source>The date window ends ({end}) before or on the day it starts ({start}); the end day is not counted: give an end after the start.</source>
        <translation>Период дат заканчивается ({end}) раньше дня начала ({start}) или в тот же день; день окончания не включается: укажите окончание позже начала.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="29"/>
        <source>The window&apos;s {name} {value} is not a date; give a day such as 2020-03-15.</source>
        <translation>Граница периода {name} ({value}) — не дата; укажите день, например 2020-03-15.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="30"/>
        <source>The date format {date_format} has no strptime codes; use e.g. %d/%m/%Y.</source>
        <translation>В формате даты {date_format} нет кодов strptime; используйте, например, %d/%m/%Y.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="31"/>
        <source>The date format {date_format} is not a valid strptime format ({error}).</source>
        <translation>Формат даты {date_format} — недопустимый формат strptime ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="32"/>
        <source>Road {label} is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>Дорога {label} — линия из одной точки: дороге нужны две несовпадающие точки; исправьте объект или снимите с него выделение.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="33"/>
        <source>Road {label} is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>Дорога {label} — линия нулевой длины (все её точки в одном месте): дороге нужны две несовпадающие точки; исправьте объект или снимите с него выделение.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="34"/>
        <source>Road {label} has a part that is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>У дороги {label} есть часть — линия из одной точки: дороге нужны две несовпадающие точки; исправьте объект или снимите с него выделение.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="35"/>
        <source>Road {label} has a part that is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>У дороги {label} есть часть — линия нулевой длины (все её точки в одном месте): дороге нужны две несовпадающие точки; исправьте объект или снимите с него выделение.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="36"/>
        <source>The road has a gap of {width_m:.{digits}f} m near {lon:.5f}, {lat:.5f} (between {first} and {second}), wider than the gap tolerance of {tolerance_m:.{digits}f} m. Select the missing road features, raise the gap tolerance, or choose to bridge all gaps.</source>
        <translation>В дороге есть разрыв {width_m:.{digits}f} м около {lon:.5f}, {lat:.5f} (между {first} и {second}), шире допуска разрыва {tolerance_m:.{digits}f} м. Выберите недостающие объекты дороги, увеличьте допуск разрыва или включите соединение всех разрывов.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="37"/>
        <source>{name} is {distance_km:.2f} km from the road, farther than the snap tolerance of {tolerance_km:.2f} km. Check that the right place and road are chosen, or raise the snap tolerance.</source>
        <translation>{name}: {distance_km:.2f} км от дороги, дальше допуска привязки {tolerance_km:.2f} км. Проверьте, что выбраны нужные место и дорога, или увеличьте допуск привязки.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="38"/>
        <source>{labels} and {more} more</source>
        <translation>{labels} и ещё {more}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="39"/>
        <source>{left_out_km:.2f} km of the selected road ({named}) is not on the route of {route_km:.2f} km and lies up to {farthest_km:.2f} km from it, so the corridor would leave it out. For a ring road, name the route&apos;s two ends (the route then runs between them); otherwise select only the road you mean, or choose to leave the rest out.</source>
        <translation>{left_out_km:.2f} км выбранной дороги ({named}) не входят в маршрут длиной {route_km:.2f} км и лежат от него на расстоянии до {farthest_km:.2f} км, поэтому коридор их не охватит. Для кольцевой дороги укажите оба конца маршрута (тогда маршрут пройдёт между ними); иначе выберите только нужную дорогу или включите исключение остальной части.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="40"/>
        <source>Corridor specification, field &apos;{field}&apos;: {problem}</source>
        <translation>Параметры коридора, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="41"/>
        <source>The incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="42"/>
        <source>parts_of must give an incident number for each of the {size} points.</source>
        <translation>parts_of должен задавать номер инцидента для каждой из {size} точек.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="43"/>
        <source>parts_of must number the incidents 0, 1, 2, ... in order, each with at least one point.</source>
        <translation>parts_of должен нумеровать инциденты по порядку: 0, 1, 2, ..., у каждого не менее одной точки.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="44"/>
        <source>A date window needs the incidents&apos; dates: choose the date field.</source>
        <translation>Для периода дат нужны даты инцидентов: выберите поле даты.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="45"/>
        <source>There are {dates} dates for {size} incidents: give one date per incident.</source>
        <translation>Для {size} инцидентов задано дат: {dates}; нужна одна дата на инцидент.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="46"/>
        <source>{what} has missing coordinates, or ones that cannot be converted to WGS84; fix them, or check the layer&apos;s CRS.</source>
        <translation>{what}: отсутствуют координаты или их невозможно преобразовать в WGS84; исправьте их или проверьте СК слоя.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="47"/>
        <source>{what} has coordinates outside longitude -180..180 / latitude -90..90 after conversion to WGS84; check the layer&apos;s CRS.</source>
        <translation>{what}: после преобразования в WGS84 координаты выходят за пределы долготы -180..180 / широты -90..90; проверьте СК слоя.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="48"/>
        <source>The points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="49"/>
        <source>{what}&apos; coordinates must be numbers of degrees ({error}).</source>
        <translation>{what}: координаты должны быть числами градусов ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="50"/>
        <source>{what} have {longitudes} longitudes and {latitudes} latitudes: give one of each per point.</source>
        <translation>{what}: долгот — {longitudes}, широт — {latitudes}; нужно по одной на точку.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="51"/>
        <source>The road turns back on itself, so its two sides cannot be told apart and unequal widths cannot be applied. Check the selected road parts (one carriageway only, no loops) or use equal widths.</source>
        <translation>Дорога разворачивается назад, поэтому её две стороны невозможно различить и неравные ширины применить нельзя. Проверьте выбранные части дороги (только одна проезжая часть, без петель) или задайте одинаковые ширины.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="58"/>
        <source>{name}&apos;s {axis} must be a number of degrees, got {value}.</source>
        <translation>{name}: значение {axis} должно быть числом градусов; получено {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="59"/>
        <source>{name} has missing or NaN coordinates.</source>
        <translation>{name}: отсутствуют координаты или есть значения NaN.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="60"/>
        <source>{name} has coordinates {lon}, {lat} outside WGS84 longitude/latitude ranges; check the layer&apos;s CRS.</source>
        <translation>{name}: координаты {lon}, {lat} выходят за пределы долготы/широты WGS84; проверьте СК слоя.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="61"/>
        <source>The snap tolerance must be more than 0 m.</source>
        <translation>Допуск привязки должен быть больше 0 м.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="62"/>
        <source>{start} and {end} fall on the same point of the road (km {km:.3f}); choose two different places.</source>
        <translation>{start} и {end} попадают в одну и ту же точку дороги (км {km:.3f}); выберите два разных места.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="63"/>
        <source>The checkpoint interval must be more than 0 km.</source>
        <translation>Интервал контрольных пунктов должен быть больше 0 км.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="64"/>
        <source>A checkpoint every {interval_km:g} km makes {count:,.0f} checkpoints on the {length_km:.1f} km patrol; the most is {most:,}: give a longer interval (at least {shortest_km:.3g} km).</source>
        <translation>Контрольный пункт через каждые {interval_km:g} км даёт {count:,.0f} контрольных пунктов на патруле длиной {length_km:.1f} км; максимум — {most:,}: задайте интервал больше (не менее {shortest_km:.3g} км).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="69"/>
        <source>corridors across the antimeridian are not supported, because a polygon in longitude/latitude cannot wrap from 180° to -180°.</source>
        <translation>коридоры через антимеридиан не поддерживаются, так как полигон в долготе/широте не может перейти от 180° к -180°.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="70"/>
        <source>the North Pole</source>
        <translation>Северный полюс</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="71"/>
        <source>the South Pole</source>
        <translation>Южный полюс</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="72"/>
        <source>The road comes within {distance_km:.1f} km of {pole} near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): corridors near a pole are not supported, because a polygon in longitude/latitude cannot surround a pole, and within {clearance_km:.0f} km of one its straight edges stray from the true outline. With a width of {width_km:g} km the road must stay at least {limit_km:.1f} km from the pole.</source>
        <translation>Дорога подходит к полюсу ({pole}) на {distance_km:.1f} км около {lon:.5f}, {lat:.5f} (км {route_km:.1f} маршрута): коридоры вблизи полюса не поддерживаются, так как полигон в долготе/широте не может окружать полюс, а ближе {clearance_km:.0f} км к полюсу его прямые рёбра отклоняются от истинного контура. При ширине {width_km:g} км дорога должна проходить не ближе {limit_km:.1f} км от полюса.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="73"/>
        <source>The road crosses the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): {why} Split the road at 180° and build each side separately, each ending at least {short_km:.2f} km short of the meridian (a corridor cannot reach it either).</source>
        <translation>Дорога пересекает меридиан 180° около {lon:.5f}, {lat:.5f} (км {route_km:.1f} маршрута): {why} Разделите дорогу по 180° и стройте каждую часть отдельно, так чтобы каждая заканчивалась не ближе {short_km:.2f} км от меридиана (коридор тоже не может его достигать).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="74"/>
        <source>Narrow the {side} side to under {narrower_km:.2f} km there, so that the corridor stops short of 180°.</source>
        <translation>Сузьте там коридор на стороне «{side}» до менее чем {narrower_km:.2f} км, чтобы он не доходил до 180°.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="75"/>
        <source>The road itself runs too close to 180° there: build the corridor on a stretch that stays at least {clear_km:.2f} km from the meridian.</source>
        <translation>Сама дорога проходит там слишком близко к 180°: стройте коридор на участке, который находится не ближе {clear_km:.2f} км от меридиана.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="76"/>
        <source>The corridor would cross the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route), where the road is {distance_km:.2f} km from the meridian and the {side} side is {width_km:g} km wide: {why} {fix}</source>
        <translation>Коридор пересёк бы меридиан 180° около {lon:.5f}, {lat:.5f} (км {route_km:.1f} маршрута), где дорога находится в {distance_km:.2f} км от меридиана, а ширина коридора на стороне «{side}» — {width_km:g} км: {why} {fix}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="77"/>
        <source>The route&apos;s two ends are not connected by the road.</source>
        <translation>Концы маршрута не соединены дорогой.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="82"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways); bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>использовано частей: {used} из {total}; исключено частей: {left_out}, {left_out_km:.2f} км дороги (ответвления, вторые проезжие части); соединено разрывов: {bridged} (наибольший {widest_m:.0f} м)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="83"/>
        <source>{used} of {total} parts used; bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>использовано частей: {used} из {total}; соединено разрывов: {bridged} (наибольший {widest_m:.0f} м)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="84"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways)</source>
        <translation>использовано частей: {used} из {total}; исключено частей: {left_out}, {left_out_km:.2f} км дороги (ответвления, вторые проезжие части)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="85"/>
        <source>{used} of {total} parts used</source>
        <translation>использовано частей: {used} из {total}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="86"/>
        <source>The route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="87"/>
        <source>The route has fewer than two distinct points.</source>
        <translation>В маршруте меньше двух различных точек.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="88"/>
        <source>The stretch from km {start_km:.3f} to km {end_km:.3f} has no length; choose two different points.</source>
        <translation>Участок от км {start_km:.3f} до км {end_km:.3f} имеет нулевую длину; выберите две разные точки.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="111"/>
        <source>must be a JSON object with the parameters, got {value}</source>
        <translation>должен быть объектом JSON с параметрами; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="112"/>
        <source>must be &apos;{format}&apos;</source>
        <translation>должно быть «{format}»</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="108"/>
        <source>version {version} is not supported (expected {expected})</source>
        <translation>версия {version} не поддерживается (ожидается {expected})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="113"/>
        <source>unknown field; known fields are {known}</source>
        <translation>неизвестное поле; известные поля: {known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="114"/>
        <source>must be a number, got {value}</source>
        <translation>должно быть числом; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="115"/>
        <source>must be a number of ordinary size, got {value}</source>
        <translation>должно быть числом обычной величины; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="116"/>
        <source>must be more than {low:g}, got {value}</source>
        <translation>должно быть больше {low:g}; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="117"/>
        <source>must be {low:g} or more, got {value}</source>
        <translation>должно быть не меньше {low:g}; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="118"/>
        <source>must be at most {high:g}, got {value}</source>
        <translation>должно быть не больше {high:g}; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="119"/>
        <source>must be true or false, got {value}</source>
        <translation>должно быть true или false; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="120"/>
        <source>must be a date as text (YYYY-MM-DD), got {value}</source>
        <translation>должно быть датой в виде текста (YYYY-MM-DD); получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="121"/>
        <source>must be a date YYYY-MM-DD, got {value}</source>
        <translation>должно быть датой YYYY-MM-DD; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="122"/>
        <source>must be an object with exactly name, lon and lat</source>
        <translation>должно быть объектом ровно с полями name, lon и lat</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="96"/>
        <source>must be a non-empty text, got {value}</source>
        <translation>должно быть непустым текстом; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="97"/>
        <source>must be at most {limit} characters, got {value}</source>
        <translation>должно быть не длиннее {limit} символов; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="98"/>
        <source>holds a character that is not text, got {value}</source>
        <translation>содержит символ, не являющийся текстом; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="123"/>
        <source>must be 0 or at least {min_m:g} m, got {value}</source>
        <translation>должно быть 0 или не меньше {min_m:g} м; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="124"/>
        <source>both widths are 0; give at least one side a width</source>
        <translation>обе ширины равны 0; задайте ширину хотя бы для одной стороны</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="125"/>
        <source>must be one of {styles}, got {value}</source>
        <translation>должно быть одним из: {styles}; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="126"/>
        <source>must be more than from_km ({from_km:g}), got {to_km:g}</source>
        <translation>должно быть больше from_km ({from_km:g}); получено {to_km:g}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="127"/>
        <source>is true, so patrol_start and patrol_end must both be given</source>
        <translation>равно true, поэтому должны быть заданы и patrol_start, и patrol_end</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="128"/>
        <source>must be a place with name, lon and lat</source>
        <translation>должно быть местом с полями name, lon и lat</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="129"/>
        <source>must be text with strptime codes like %d/%m/%Y, got {value}</source>
        <translation>должно быть текстом с кодами strptime, например %d/%m/%Y; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="130"/>
        <source>must be after date_from ({date_from}), got {date_to}</source>
        <translation>должно быть позже date_from ({date_from}); получено {date_to}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="131"/>
        <source>the file is empty. Choose the .json file saved from the dock.</source>
        <translation>файл пуст. Выберите файл .json, сохранённый из панели.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="132"/>
        <source>not valid JSON ({error}); correct the file, or save the parameters again from the dock.</source>
        <translation>недопустимый JSON ({error}); исправьте файл или снова сохраните параметры из панели.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="133"/>
        <source>lists or objects are nested more than {levels} levels deep; a parameter is one number, text or place.</source>
        <translation>списки или объекты вложены глубже {levels} уровней; параметр — это одно число, текст или место.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="134"/>
        <source>cannot read {path}: {reason}. Check the path and that the file may be read.</source>
        <translation>не удаётся прочитать {path}: {reason}. Проверьте путь и права на чтение файла.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="135"/>
        <source>{path} is {size:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>размер {path} — {size:,} байт, больше предела {limit:,} байт (1 МБ); сохранённый файл параметров меньше 2 КБ, так что это, вероятно, не он. Выберите файл .json, сохранённый из панели.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="136"/>
        <source>{path} is more than {limit:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>размер {path} больше {limit:,} байт, то есть превышает предел {limit:,} байт (1 МБ); сохранённый файл параметров меньше 2 КБ, так что это, вероятно, не он. Выберите файл .json, сохранённый из панели.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="137"/>
        <source>the file holds bytes of value 0 (the first at byte offset {offset:,}), which JSON text never has: it is probably UTF-16 text without a byte order mark, or not text at all. Save it again as UTF-8.</source>
        <translation>файл содержит нулевые байты (первый — по смещению {offset:,}), которых в тексте JSON не бывает: вероятно, это текст UTF-16 без метки порядка байтов или вовсе не текст. Сохраните его заново в UTF-8.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="138"/>
        <source>the file is not UTF-8 text: the byte 0x{byte:02X} at byte offset {offset:,} (line {line}) is not UTF-8. Save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8).</source>
        <translation>файл не является текстом UTF-8: байт 0x{byte:02X} по смещению {offset:,} (строка {line}) недопустим в UTF-8. Сохраните его заново в UTF-8 (в Блокноте: «Сохранить как», кодировка UTF-8).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="139"/>
        <source>the file begins as {encoding} text but is not: the byte 0x{byte:02X} at byte offset {offset:,} cannot be read. Save it again as UTF-8.</source>
        <translation>файл начинается как текст {encoding}, но им не является: байт 0x{byte:02X} по смещению {offset:,} не удаётся прочитать. Сохраните его заново в UTF-8.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="140"/>
        <source>must be a finite number, got {value}</source>
        <translation>должно быть конечным числом; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="141"/>
        <source>west to east</source>
        <translation>с запада на восток</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="142"/>
        <source>east to west</source>
        <translation>с востока на запад</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="143"/>
        <source>south to north</source>
        <translation>с юга на север</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="144"/>
        <source>north to south</source>
        <translation>с севера на юг</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="145"/>
        <source>There are {points} incident points for {incidents} flagged incidents: give one point per incident.</source>
        <translation>Для {incidents} отмеченных инцидентов задано точек инцидентов: {points}; нужна одна точка на инцидент.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="146"/>
        <source>There are {kinds} kinds for {incidents} incidents: give one kind per incident.</source>
        <translation>Для {incidents} инцидентов задано типов: {kinds}; нужен один тип на инцидент.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="147"/>
        <source>along the route</source>
        <translation>вдоль маршрута</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="148"/>
        <source>km along the route ({direction})</source>
        <translation>км по маршруту ({direction})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="149"/>
        <source>Incidents along the route</source>
        <translation>Инциденты вдоль маршрута</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="150"/>
        <source>km from {start} towards {end}</source>
        <translation>км от {start} в сторону {end}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="151"/>
        <source>Incidents along the patrol {start} → {end}</source>
        <translation>Инциденты вдоль патруля {start} → {end}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="152"/>
        <source>{upper} ↑ / {lower} ↓ (km from the road)</source>
        <translation>{upper} ↑ / {lower} ↓ (км от дороги)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="153"/>
        <source>The corridor outline is invalid ({reason}).</source>
        <translation>Недопустимый контур коридора ({reason}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="154"/>
        <source>The corridor outline has no area; check the road and the widths.</source>
        <translation>Контур коридора не имеет площади; проверьте дорогу и ширины.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="155"/>
        <source>The corridor&apos;s outline is {error_m:.2f} m off its width near {lon:.5f}, {lat:.5f} (km {km:.1f} of the route); this should not happen, please report it with the road used.</source>
        <translation>Контур коридора отклоняется от заданной ширины на {error_m:.2f} м около {lon:.5f}, {lat:.5f} (км {km:.1f} маршрута); такого быть не должно — сообщите об этом, приложив использованную дорогу.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="78"/>
        <source>north</source>
        <translation>север</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="79"/>
        <source>south</source>
        <translation>юг</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="80"/>
        <source>east</source>
        <translation>восток</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="81"/>
        <source>west</source>
        <translation>запад</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="52"/>
        <source>The page length must be more than 0 km.</source>
        <translation>Длина страницы должна быть больше 0 км.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="53"/>
        <source>The overlap ({overlap_km:g} km) must be at least 0 km and less than the page length ({page_km:g} km).</source>
        <translation>Перекрытие ({overlap_km:g} км) должно быть не меньше 0 км и меньше длины страницы ({page_km:g} км).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="54"/>
        <source>Pages of {page_km:g} km make {count:,} pages of the {length_km:.1f} km patrol; the most is {most:,}: give longer pages.</source>
        <translation>Страницы по {page_km:g} км дают {count:,} страниц для патруля длиной {length_km:.1f} км; максимум — {most:,}: задайте более длинные страницы.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="55"/>
        <source>{width_km:.0f} km by {height_km:.0f} km do not fit a map at 1:{scale:,}.</source>
        <translation>{width_km:.0f} км на {height_km:.0f} км не помещаются на карте масштаба 1:{scale:,}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="56"/>
        <source>The scale must be more than 0 (0 to choose it).</source>
        <translation>Масштаб должен быть больше 0 (0 — выбрать автоматически).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="57"/>
        <source>The km tick interval must be more than 0 km.</source>
        <translation>Интервал километровых отметок должен быть больше 0 км.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="65"/>
        <source>The places</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="66"/>
        <source>The margin must be a number of metres, 0 or more; got {value}.</source>
        <translation>Запас должен быть числом метров, 0 или больше; получено {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="67"/>
        <source>The section length must be more than 0 km; got {value}.</source>
        <translation>Длина отрезка должна быть больше 0 км; получено {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="68"/>
        <source>The name field {field} has {count} values for {size} places: give one per place.</source>
        <translation>В поле названия {field} {count} значений на {size} населённых пунктов: задайте по одному на пункт.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="89"/>
        <source>Scenario file, field &apos;{field}&apos;: {problem}</source>
        <translation>Файл сценариев, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="90"/>
        <source>Scenario {number}, field &apos;{field}&apos;: {problem}</source>
        <translation>Сценарий {number}, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="91"/>
        <source>Scenario &apos;{scenario}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>Сценарий «{scenario}», поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="92"/>
        <source>must be a corridor specification</source>
        <translation>должно быть параметрами коридора</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="93"/>
        <source>{given} is given, so this must be too</source>
        <translation>задано {given}, поэтому нужно задать и это</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="94"/>
        <source>must be a JSON object with a name and parameters, got {value}</source>
        <translation>должно быть объектом JSON с name и parameters; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="95"/>
        <source>unknown field; a scenario&apos;s fields are name, {known}</source>
        <translation>неизвестное поле; поля сценария: name, {known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="99"/>
        <source>A scenario, field &apos;name&apos;: {problem}</source>
        <translation>Сценарий, поле «name»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="100"/>
        <source>the road&apos;s route is the same for every scenario; set this with the road, not in a scenario</source>
        <translation>маршрут дороги одинаков для всех сценариев; задайте это вместе с дорогой, а не в сценарии</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="101"/>
        <source>must list at least one scenario</source>
        <translation>должно содержать хотя бы один сценарий</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="102"/>
        <source>lists {count} scenarios; the most is {most}</source>
        <translation>содержит сценариев: {count}; максимум — {most}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="103"/>
        <source>must be a scenario</source>
        <translation>должно быть сценарием</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="104"/>
        <source>scenario {first} has this name too; give each scenario its own name</source>
        <translation>у сценария {first} такое же имя; дайте каждому сценарию своё имя</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="105"/>
        <source>must be a JSON object with the scenarios, got {value}</source>
        <translation>должно быть объектом JSON со сценариями; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="106"/>
        <source>unknown field; known fields are format, version, scenarios</source>
        <translation>неизвестное поле; известные поля: format, version, scenarios</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="107"/>
        <source>must be &apos;{format}&apos;, got {value}</source>
        <translation>должно быть «{format}»; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="109"/>
        <source>must be a list of scenarios, got {value}</source>
        <translation>должно быть списком сценариев; получено {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="110"/>
        <source>Scenario &apos;{scenario}&apos;: {problem}</source>
        <translation>Сценарий «{scenario}»: {problem}</translation>
    </message>
</context>
</TS>
