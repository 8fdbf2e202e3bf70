<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="46"/>
        <source>Corridor, patrol stretch and incident flags along a road</source>
        <translation>الممر ومقطع الدورية ووسم الحوادث على امتداد طريق</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="65"/>
        <source>inside the patrol stretch</source>
        <translation>داخل مقطع الدورية</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="66"/>
        <source>inside the corridor</source>
        <translation>داخل الممر</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="67"/>
        <source>outside the corridor</source>
        <translation>خارج الممر</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="73"/>
        <source>other kinds</source>
        <translation>أنواع أخرى</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="704"/>
        <source>outside the date window</source>
        <translation>خارج النافذة الزمنية</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="289"/>
        <source>patrol stretch</source>
        <translation>مقطع الدورية</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="290"/>
        <source>corridor edge</source>
        <translation>حافة الممر</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="292"/>
        <source>{count} without a location (not shown)</source>
        <translation>{count} بلا موقع (غير معروضة)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="377"/>
        <source>{km} km {side}</source>
        <translation>{km} كم إلى {side}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="21"/>
        <source>{km} km</source>
        <translation>{km} كم</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="644"/>
        <source>Hover over an incident for its km and distance from the road.</source>
        <translation>مرّر المؤشر فوق حادثة لعرض الكيلومتر الذي تقع عنده وبُعدها عن الطريق.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="669"/>
        <source>Flag incidents to see them here, by km along the road and distance from it.</source>
        <translation>طبّق وسم الحوادث لعرضها هنا حسب الكيلومتر على امتداد الطريق والبُعد عنه.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="695"/>
        <source>km {km:.1f}, {distance:.1f} km {side}</source>
        <translation>الكيلومتر {km:.1f}، {distance:.1f} كم إلى {side}</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="699"/>
        <source>km {km:.1f}, on the road</source>
        <translation>الكيلومتر {km:.1f}، على الطريق</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="705"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>Save strip chart</source>
        <translation>حفظ المخطط الشريطي</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Secure Corridor</source>
        <translation>Secure Corridor</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Could not save the strip chart: {error}</source>
        <translation>تعذّر حفظ المخطط الشريطي: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>Choose the road&apos;s line layer under Road.</source>
        <translation>اختر الطبقة الخطية للطريق ضمن «الطريق».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="209"/>
        <source>{error} Under Road: tick &apos;Between the patrol ends&apos; to run the route between them, or &apos;Leave out road off the route&apos;.</source>
        <translation>{error} ضمن «الطريق»: فعّل «بين طرفي الدورية» ليمتد المسار بينهما، أو «استبعاد الطريق الواقع خارج المسار».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="240"/>
        <source>The route runs between the patrol ends (under Road), but they are not both chosen: choose them under Patrol, or untick &apos;Between the patrol ends&apos;.</source>
        <translation>المسار مضبوط ليمتد بين طرفي الدورية (ضمن «الطريق»)، لكن الطرفين ليسا محددين كليهما: حددهما ضمن «الدورية»، أو ألغِ تفعيل «بين طرفي الدورية».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route start</source>
        <translation>بداية المسار</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route end</source>
        <translation>نهاية المسار</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="265"/>
        <source>route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="270"/>
        <source>assembling the route</source>
        <translation>تجميع المسار</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="285"/>
        <source>corridor</source>
        <translation>الممر</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="291"/>
        <source>building the corridor</source>
        <translation>بناء الممر</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>Choose where the patrol starts: type a place name or pick a point on the map.</source>
        <translation>اختر مكان بدء الدورية: اكتب اسم مكان أو حدد نقطة على الخريطة.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="298"/>
        <source>Choose where the patrol ends: type a place name or pick a point on the map.</source>
        <translation>اختر مكان انتهاء الدورية: اكتب اسم مكان أو حدد نقطة على الخريطة.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="309"/>
        <source>patrol</source>
        <translation>الدورية</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="313"/>
        <source>checkpoints</source>
        <translation>نقاط التفتيش</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="317"/>
        <source>building the patrol</source>
        <translation>بناء الدورية</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="65"/>
        <source>Choose the incidents&apos; point layer under Incidents.</source>
        <translation>اختر الطبقة النقطية للحوادث ضمن «الحوادث».</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="74"/>
        <source>{layer} flagged</source>
        <translation>{layer} (موسومة)</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="59"/>
        <source>flagging incidents</source>
        <translation>وسم الحوادث</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="338"/>
        <source>Click the road on the map (right click or Esc to cancel).</source>
        <translation>انقر على الطريق في الخريطة (انقر بالزر الأيمن أو اضغط Esc للإلغاء).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="370"/>
        <source>Save corridor parameters</source>
        <translation>حفظ معاملات الممر</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="376"/>
        <source>saving the parameters</source>
        <translation>حفظ المعاملات</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="378"/>
        <source>Parameters saved to {path}.</source>
        <translation>حُفظت المعاملات في {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="392"/>
        <source>There are no results to save yet: build the corridor first.</source>
        <translation>لا توجد نتائج لحفظها بعد: ابنِ الممر أولاً.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>Save results</source>
        <translation>حفظ النتائج</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="139"/>
        <source>saving the results</source>
        <translation>حفظ النتائج</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="405"/>
        <source>Results saved to {path}: {names}.</source>
        <translation>حُفظت النتائج في {path}: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Load corridor parameters</source>
        <translation>تحميل معاملات الممر</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>loading the parameters</source>
        <translation>تحميل المعاملات</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="427"/>
        <source>Parameters loaded from {path}: the same as before.</source>
        <translation>حُمّلت المعاملات من {path}: وهي نفسها كما كانت من قبل.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="434"/>
        <source>Parameters loaded from {path}.</source>
        <translation>حُمّلت المعاملات من {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="436"/>
        <source>The {count} result layers on the map were built with the earlier ones and are marked &apos;{mark}&apos;: build again to update them.</source>
        <translation>طبقات النتائج الموجودة على الخريطة ({count}) بُنيت بالمعاملات السابقة وعليها العلامة «{mark}»: أعد البناء لتحديثها.</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="21"/>
        <source>Map point at km {km:.1f}</source>
        <translation>نقطة على الخريطة عند الكيلومتر {km:.1f}</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="64"/>
        <source>Click to pick km {km:.1f} of the route ({distance:.2f} km from the pointer).</source>
        <translation>انقر لاختيار الكيلومتر {km:.1f} من المسار (على بُعد {distance:.2f} كم من المؤشر).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="32"/>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="34"/>
        <source>On map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="35"/>
        <source>Click the road on the map; the point snaps to the route.</source>
        <translation>انقر على الطريق في الخريطة؛ تُلتقط النقطة على المسار.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="37"/>
        <source>The places whose names match, with their longitude and latitude.</source>
        <translation>الأماكن المطابقة أسماؤها، مع خط الطول ودائرة العرض لكل منها.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="72"/>
        <source>No matching place</source>
        <translation>لا يوجد مكان مطابق</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="69"/>
        <source>Patrol</source>
        <translation>الدورية</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="97"/>
        <source>Settlements to search by name for the patrol&apos;s ends.</source>
        <translation>التجمعات السكانية التي يُبحث فيها بالاسم عن طرفي الدورية.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="100"/>
        <source>The names shown; other fields with &apos;name&apos; in their name are searched too.</source>
        <translation>الأسماء المعروضة؛ ويُبحث أيضاً في الحقول الأخرى التي يتضمن اسمها «name».</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="101"/>
        <source>Start: type a place name</source>
        <translation>البداية: اكتب اسم مكان</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="102"/>
        <source>End: type a place name</source>
        <translation>النهاية: اكتب اسم مكان</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="103"/>
        <source>A patrol end farther than this from the road is an error.</source>
        <translation>يُعدّ خطأً أن يبعد أحد طرفي الدورية عن الطريق أكثر من هذه المسافة.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="104"/>
        <source>A checkpoint every so many km from the patrol&apos;s start, and at its end.</source>
        <translation>نقطة تفتيش كل هذا العدد من الكيلومترات بدءاً من بداية الدورية، وأخرى عند نهايتها.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="105"/>
        <source>none</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="106"/>
        <source>Build patrol</source>
        <translation>بناء الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="105"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="115"/>
        <source>Name field</source>
        <translation>حقل الاسم</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="116"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="117"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="118"/>
        <source>Snap within</source>
        <translation>الالتقاط ضمن</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="119"/>
        <source>Checkpoints every</source>
        <translation>نقاط التفتيش كل</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="17"/>
        <source>Temporary layers are lost when QGIS closes: choose a GeoPackage to keep them.</source>
        <translation>الطبقات المؤقتة تُفقد عند إغلاق QGIS: اختر ملف GeoPackage للاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="24"/>
        <source>Cancelled {doing}; nothing was added.</source>
        <translation>أُلغي {doing}؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="31"/>
        <source>Something went wrong {doing} ({error}). The details are in the log panel under &apos;{tag}&apos;.</source>
        <translation>حدث خطأ أثناء {doing} ({error}). التفاصيل في لوحة السجل ضمن «{tag}».</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Flat</source>
        <translation>مسطّحة</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Round</source>
        <translation>مستديرة</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="82"/>
        <source>Road</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="110"/>
        <source>The road&apos;s line layer; its parts are joined into one route.</source>
        <translation>الطبقة الخطية للطريق؛ تُوصل أجزاؤها في مسار واحد.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only</source>
        <translation>المعالم المحددة فقط</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>Gaps between road parts up to this wide are bridged.</source>
        <translation>تُسدّ الفجوات بين أجزاء الطريق التي لا يتجاوز عرضها هذه القيمة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="209"/>
        <source>Bridge all gaps</source>
        <translation>سدّ كل الفجوات</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="114"/>
        <source>Join the parts across gaps of any width instead of stopping with an error.</source>
        <translation>وصل الأجزاء عبر الفجوات أياً كان عرضها بدلاً من التوقف برسالة خطأ.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="115"/>
        <source>Reverse direction</source>
        <translation>عكس الاتجاه</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="116"/>
        <source>Routes run west to east (south to north) unless reversed; this swaps the sides.</source>
        <translation>تمتد المسارات من الغرب إلى الشرق (من الجنوب إلى الشمال) ما لم تُعكس؛ والعكس يبدّل الجهتين.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="117"/>
        <source>Between the patrol ends</source>
        <translation>بين طرفي الدورية</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="118"/>
        <source>Run the route between the patrol&apos;s two ends instead of between the road&apos;s far ends: for a ring road, or to take one road out of several.</source>
        <translation>مدّ المسار بين طرفي الدورية بدلاً من طرفي الطريق الأبعد: لطريق دائري، أو لاختيار طريق واحد من بين عدة طرق.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="213"/>
        <source>Leave out road off the route</source>
        <translation>استبعاد الطريق الواقع خارج المسار</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="123"/>
        <source>Build the route even when much of the selected road lies away from it (over a quarter, more than 1 km off), which is otherwise an error.</source>
        <translation>بناء المسار حتى لو كان جزء كبير من الطريق المحدد بعيداً عنه (أكثر من الربع، على بُعد يزيد على 1 كم)، وهو ما يُعدّ خطأً في غير هذه الحالة.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="127"/>
        <source>Assemble route</source>
        <translation>تجميع المسار</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="333"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="130"/>
        <source>Gap tolerance</source>
        <translation>تسامح الفجوات</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only ({count})</source>
        <translation>المعالم المحددة فقط ({count})</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="148"/>
        <source>Corridor</source>
        <translation>الممر</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="202"/>
        <source>Flat: cut square at the route&apos;s ends. Round: half circles.</source>
        <translation>مسطّحة: قطع مستقيم متعامد عند طرفي المسار. مستديرة: أنصاف دوائر.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="203"/>
        <source>Corridor only from this km of the route (start: from the start).</source>
        <translation>الممر بدءاً من هذا الكيلومتر من المسار فقط (البداية: من بداية المسار).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="204"/>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>Corridor only up to this km of the route (end: to the end).</source>
        <translation>الممر حتى هذا الكيلومتر من المسار فقط (النهاية: حتى نهاية المسار).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="206"/>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="21"/>
        <source>Build corridor</source>
        <translation>بناء الممر</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="218"/>
        <source>Ends</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>Stretch</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="237"/>
        <source>The {side} width of {width} km is over the widest corridor, {widest:g} km a side, that is kept within 1 m of its true width: check the units (km).</source>
        <translation>عرض جهة {side} البالغ {width} كم يتجاوز أعرض ممر يمكن إبقاؤه ضمن 1 م من عرضه الحقيقي، وهو {widest:g} كم لكل جهة: تحقق من الوحدات (كم).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="250"/>
        <source>{side} width</source>
        <translation>عرض جهة {side}</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="251"/>
        <source>Width on the {side} side of the road, in km on the ellipsoid; at most {widest:g} km.</source>
        <translation>العرض في جهة {side} من الطريق، بالكيلومتر على المجسّم الإهليلجي؛ {widest:g} كم كحد أقصى.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="87"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="314"/>
        <source>The incidents&apos; date; leave empty to ignore dates.</source>
        <translation>تاريخ الحوادث؛ اتركه فارغاً لتجاهل التواريخ.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="316"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="317"/>
        <source>Read automatically: 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), 20200315. Day/month forms need a format in strptime codes: %d/%m/%Y for 15/03/2020, %m/%d/%Y for 03/15/2020.</source>
        <translation>يُقرأ تلقائياً: 2020-03-15، 2020-03-15 00:00:00.000 (UCDP)، 15 March 2020 (ACLED)، 20200315. أما صيغ اليوم/الشهر فتحتاج إلى تنسيق برموز strptime: %d/%m/%Y للتاريخ 15/03/2020، و %m/%d/%Y للتاريخ 03/15/2020.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>Incidents on or after this day are in the window.</source>
        <translation>تقع ضمن النافذة الحوادث التي وقعت في هذا اليوم أو بعده.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>To (exclusive)</source>
        <translation>إلى (غير مشمول)</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>Incidents before this day are in the window; the day itself is not (exclusive).</source>
        <translation>تقع ضمن النافذة الحوادث التي وقعت قبل هذا اليوم؛ أما اليوم نفسه فلا (غير مشمول).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="328"/>
        <source>The incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED): the strip chart&apos;s markers and the counts by category. Leave empty for none.</source>
        <translation>فئة الحوادث (event_type أو sub_event_type في ACLED، و type_of_violence في UCDP GED): تحدد رموز المخطط الشريطي والأعداد حسب الفئة. اتركه فارغاً للاستغناء عنها.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="332"/>
        <source>Flag incidents</source>
        <translation>وسم الحوادث</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="98"/>
        <source>Category field</source>
        <translation>حقل الفئة</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="92"/>
        <source>Date field</source>
        <translation>حقل التاريخ</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="336"/>
        <source>Date format</source>
        <translation>تنسيق التاريخ</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="337"/>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="385"/>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="386"/>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="387"/>
        <source>Save widths, ends, tolerances, patrol ends and dates as a JSON file.</source>
        <translation>حفظ العروض والأطراف وقيم التسامح وطرفي الدورية والتواريخ في ملف JSON.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="388"/>
        <source>Load…</source>
        <translation>تحميل…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="389"/>
        <source>Load a corridor specification saved as JSON.</source>
        <translation>تحميل مواصفات ممر محفوظة بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="390"/>
        <source>Help</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="391"/>
        <source>The user guide, shipped with the plugin (opens in your browser, offline).</source>
        <translation>دليل المستخدم المرفق مع الإضافة (يُفتح في المتصفح، دون اتصال بالإنترنت).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="393"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="398"/>
        <source>Temporary layers</source>
        <translation>طبقات مؤقتة</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="399"/>
        <source>Leave empty for temporary layers, which are lost when QGIS closes; or choose a GeoPackage to keep them.</source>
        <translation>اتركه فارغاً لاستخدام طبقات مؤقتة تُفقد عند إغلاق QGIS؛ أو اختر ملف GeoPackage للاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="402"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="403"/>
        <source>Save results…</source>
        <translation>حفظ النتائج…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="404"/>
        <source>Write the result layers on the map, as they are, to a GeoPackage (the one above, or one you choose), and show them from there.</source>
        <translation>كتابة طبقات النتائج الموجودة على الخريطة، كما هي، في ملف GeoPackage (المحدد أعلاه، أو ملف تختاره)، وعرضها منه.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="422"/>
        <source>Strip chart</source>
        <translation>المخطط الشريطي</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="424"/>
        <source>Save image…</source>
        <translation>حفظ الصورة…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="425"/>
        <source>Save the strip chart as a PNG image or an SVG drawing.</source>
        <translation>حفظ المخطط الشريطي صورةً بصيغة PNG أو رسماً بصيغة SVG.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="33"/>
        <source>{place} at {lonlat}</source>
        <translation>{place} عند {lonlat}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="36"/>
        <source>Route {length} from {start} (km 0) to {end} (lon, lat); sides {left} (left of travel) and {right}.</source>
        <translation>المسار بطول {length} من {start} (الكيلومتر 0) إلى {end} (الطول، العرض)؛ الجهتان {left} (يسار اتجاه السير) و{right}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>flat ends</source>
        <translation>أطراف مسطّحة</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>round ends</source>
        <translation>أطراف مستديرة</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="52"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}.</source>
        <translation>الممر {area} كم²: {left} {left_km} كم، {right} {right_km} كم، {ends}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="55"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}, km {start} to {end}.</source>
        <translation>الممر {area} كم²: {left} {left_km} كم، {right} {right_km} كم، {ends}، من الكيلومتر {start} إلى {end}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="66"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}).</source>
        <translation>الدورية بطول {length} من {start} (الكيلومتر {start_km}) إلى {end} (الكيلومتر {end_km}).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="67"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}); {count} checkpoints.</source>
        <translation>الدورية بطول {length} من {start} (الكيلومتر {start_km}) إلى {end} (الكيلومتر {end_km})؛ نقاط التفتيش: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="75"/>
        <source>{side} {count}</source>
        <translation>{side} {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="79"/>
        <source>on the road {count}</source>
        <translation>على الطريق {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="81"/>
        <source>{total} incidents: {inside} inside the corridor ({sides}), {outside} outside.</source>
        <translation>عدد الحوادث {total}: {inside} داخل الممر ({sides})، و{outside} خارجه.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="86"/>
        <source>{count} inside the patrol stretch.</source>
        <translation>{count} داخل مقطع الدورية.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="88"/>
        <source>{outside} outside the date window; {inside} inside the corridor and in the window.</source>
        <translation>{outside} خارج النافذة الزمنية؛ {inside} داخل الممر وضمن النافذة.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="94"/>
        <source>{count} without a readable date, neither in nor out of the window (the first few are in the log).</source>
        <translation>{count} بلا تاريخ مقروء، فلا هي داخل النافذة ولا خارجها (أوائلها مذكورة في السجل).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="99"/>
        <source>{count} without a location (missing geometry).</source>
        <translation>{count} بلا موقع (هندسة مفقودة).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="107"/>
        <source>None inside the corridor by category.</source>
        <translation>لا توجد حوادث داخل الممر لعرضها حسب الفئة.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>{category} {count}</source>
        <translation>{category} {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>no category</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="114"/>
        <source>{count} other categories {inside}</source>
        <translation>فئات أخرى ({count}) {inside}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>Inside by category: {categories}.</source>
        <translation>داخل الممر حسب الفئة: {categories}.</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="114"/>
        <source>{count} incidents of &apos;{layer}&apos; cannot be placed in the output&apos;s CRS and are written without a geometry (their attributes and flags are kept): {features}</source>
        <translation>تعذّر وضع {count} من حوادث «{layer}» في نظام الإحداثيات المرجعي للمخرجات، فكُتبت بلا هندسة (مع الإبقاء على سماتها ووسومها): {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="175"/>
        <source>feature {id}</source>
        <translation>المعلم {id}</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="26"/>
        <source>&apos;{layer}&apos; (field {field})</source>
        <translation>«{layer}» (الحقل {field})</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="52"/>
        <source>{role}: no place in {places} is called &apos;{query}&apos; or anything like it.</source>
        <translation>{role}: لا يوجد في {places} مكان اسمه «{query}» أو اسم قريب منه.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="64"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed} and {more} more. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role}: «{query}» يطابق بالقدر نفسه {count} من الأماكن في {places}: {listed} و{more} غيرها. اكتب الاسم كما هو مكتوب في الطبقة، أو حدد المكان نقطةً.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="69"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed}. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role}: «{query}» يطابق بالقدر نفسه {count} من الأماكن في {places}: {listed}. اكتب الاسم كما هو مكتوب في الطبقة، أو حدد المكان نقطةً.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="46"/>
        <source>No features are selected in &apos;{layer}&apos;: select the road&apos;s features, or untick &apos;selected features only&apos;.</source>
        <translation>لا توجد معالم محددة في «{layer}»: حدد معالم الطريق، أو ألغِ تفعيل «المعالم المحددة فقط».</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="97"/>
        <source>&apos;{layer}&apos; is a point layer; choose a line layer for the road.</source>
        <translation>«{layer}» طبقة نقطية؛ اختر طبقة خطية للطريق.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="99"/>
        <source>&apos;{layer}&apos; is a polygon layer; choose a line layer for the road.</source>
        <translation>«{layer}» طبقة مضلعات؛ اختر طبقة خطية للطريق.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="102"/>
        <source>&apos;{layer}&apos; is a {kind} layer; choose a line layer for the road.</source>
        <translation>«{layer}» طبقة من نوع {kind}؛ اختر طبقة خطية للطريق.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="107"/>
        <source>feature {id} of &apos;{layer}&apos;</source>
        <translation>المعلم {id} من «{layer}»</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="115"/>
        <source>&apos;{layer}&apos; has no features to make a road from.</source>
        <translation>«{layer}» لا تحتوي على معالم يمكن تكوين طريق منها.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="149"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its lines lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>ليس للطبقة «{layer}» نظام إحداثيات مرجعي (CRS)، لذا لا يُعرف موضع خطوطها على الأرض: حدده في خصائص الطبقة (المصدر، نظام الإحداثيات المرجعي المعيَّن) ثم أعد التشغيل.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="155"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its points lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>ليس للطبقة «{layer}» نظام إحداثيات مرجعي (CRS)، لذا لا يُعرف موضع نقاطها على الأرض: حدده في خصائص الطبقة (المصدر، نظام الإحداثيات المرجعي المعيَّن) ثم أعد التشغيل.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="168"/>
        <source>&apos;{layer}&apos; is a line layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>«{layer}» طبقة خطية، والحوادث تُقرأ نقاطاً؛ اختر طبقة نقطية للحوادث.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="173"/>
        <source>&apos;{layer}&apos; is a polygon layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>«{layer}» طبقة مضلعات، والحوادث تُقرأ نقاطاً؛ اختر طبقة نقطية للحوادث.</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="141"/>
        <source>{count} of {total} features in &apos;{layer}&apos; have coordinates that cannot be converted to WGS84 longitude/latitude (check the layer&apos;s CRS); they are flagged without a location: {features}</source>
        <translation>{count} من معالم «{layer}» البالغ عددها {total} لها إحداثيات يتعذّر تحويلها إلى خط الطول/دائرة العرض في WGS84 (تحقق من نظام الإحداثيات المرجعي للطبقة)؛ لذا وُسمت بلا موقع: {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="148"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have a {field} that cannot be read as a date, so they are neither in nor out of the date window: {examples}</source>
        <translation>{count} من حوادث «{layer}» البالغ عددها {total} لها قيمة في {field} لا يمكن قراءتها تاريخاً، فلا هي داخل النافذة الزمنية ولا خارجها: {examples}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="156"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have no {field}.</source>
        <translation>{count} من حوادث «{layer}» البالغ عددها {total} ليس لها قيمة في {field}.</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="42"/>
        <source>Secure corridor - {road}</source>
        <translation>الممر الآمن - {road}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="47"/>
        <source>earlier parameters</source>
        <translation>المعاملات السابقة</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="52"/>
        <source>{layer} (earlier parameters)</source>
        <translation>{layer} (المعاملات السابقة)</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="161"/>
        <source>Could not write &apos;{layer}&apos; to {path}: {message}</source>
        <translation>تعذّرت كتابة «{layer}» في {path}: {message}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="196"/>
        <source>Could not load style {file}: {message}</source>
        <translation>تعذّر تحميل النمط {file}: {message}</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="59"/>
        <source>north</source>
        <translation>الشمال</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="60"/>
        <source>south</source>
        <translation>الجنوب</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="61"/>
        <source>east</source>
        <translation>الشرق</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="62"/>
        <source>west</source>
        <translation>الغرب</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="63"/>
        <source>on the road</source>
        <translation>على الطريق</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Builds the corridor along a road: every point within a true geodesic width (WGS84 ellipsoid, within 1 m) of the road, with its own width on each side. The road may come in many line features, in any order and direction; they are assembled into one route.</source>
        <translation>يبني الممر على امتداد طريق: كل نقطة تقع ضمن عرض جيوديسي حقيقي من الطريق (على المجسّم الإهليلجي WGS84، بدقة 1 م)، بعرض خاص لكل جهة. قد يتكوّن الطريق من معالم خطية عديدة، بأي ترتيب واتجاه؛ فتُجمَّع في مسار واحد.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features).</source>
        <translation>&lt;b&gt;الطريق&lt;/b&gt;: طبقة خطية (أو معالمها المحددة).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt; (one polygon in the road&apos;s CRS), fields: north_m and south_m (the widths on the left and right of travel), left_side and right_side (their names: north/south or west/east), end_cap, from_km and to_km (the stretch of route covered), length_km (of the route), area_km2 (geodesic area).</source>
        <translation>&lt;b&gt;الممر&lt;/b&gt; (مضلع واحد بنظام الإحداثيات المرجعي للطريق)، حقوله: north_m و south_m (العرضان على يسار اتجاه السير ويمينه)، left_side و right_side (اسما الجهتين: north/south أو west/east)، end_cap، from_km و to_km (مقطع المسار المشمول)، length_km (طول المسار)، area_km2 (المساحة الجيوديسية).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Outputs AREA_KM2 and LENGTH_KM hold the same numbers for models.</source>
        <translation>المخرجان AREA_KM2 و LENGTH_KM يحملان الأرقام نفسها لاستخدامها في النماذج.</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="60"/>
        <source>Area (km²)</source>
        <translation>المساحة (كم²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="61"/>
        <source>Route length (km)</source>
        <translation>طول المسار (كم)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="119"/>
        <source>Assembling the route</source>
        <translation>تجميع المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="136"/>
        <source>Building the corridor</source>
        <translation>بناء الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="69"/>
        <source>Writing the corridor</source>
        <translation>كتابة الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="79"/>
        <source>Corridor of {area_km2:.2f} km².</source>
        <translation>ممر بمساحة {area_km2:.2f} كم².</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="156"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;North width&lt;/b&gt;, &lt;b&gt;South width&lt;/b&gt;: metres on the WGS84 ellipsoid on the left and on the right of travel. The route runs west to east, so left is north (on a mostly north-south road it runs south to north and left is west). 0 for no corridor on a side, else at least 10 m.</source>
        <translation>&lt;b&gt;العرض الشمالي&lt;/b&gt;، &lt;b&gt;العرض الجنوبي&lt;/b&gt;: بالأمتار على المجسّم الإهليلجي WGS84 على يسار اتجاه السير وعلى يمينه. يمتد المسار من الغرب إلى الشرق، فيكون اليسار هو الشمال (وعلى طريق يغلب عليه الاتجاه شمال-جنوب يمتد المسار من الجنوب إلى الشمال ويكون اليسار هو الغرب). 0 لعدم إنشاء ممر على جهة ما، وإلا فـ 10 م على الأقل.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;End style&lt;/b&gt;: flat (cut square through the road&apos;s ends) or round.</source>
        <translation>&lt;b&gt;نمط الأطراف&lt;/b&gt;: مسطّح (قطع مستقيم متعامد عند طرفي الطريق) أو مستدير.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="62"/>
        <source>&lt;b&gt;Gap tolerance&lt;/b&gt;: road parts whose ends are at most this many metres apart are joined; a wider gap is an error that says where it is.</source>
        <translation>&lt;b&gt;تسامح الفجوات&lt;/b&gt;: تُوصل أجزاء الطريق التي لا تتجاوز المسافة بين طرفيها هذا العدد من الأمتار؛ والفجوة الأعرض خطأ تحدد رسالته موضعها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Bridge all gaps&lt;/b&gt;: join the road&apos;s pieces whatever the gaps between them.</source>
        <translation>&lt;b&gt;سدّ كل الفجوات&lt;/b&gt;: وصل قطع الطريق أياً كانت الفجوات بينها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Reverse the route&lt;/b&gt;: run it east to west (north to south), so that km 0 is at the other end; the left of travel, where the North width goes, is then south (east).</source>
        <translation>&lt;b&gt;عكس المسار&lt;/b&gt;: مدّه من الشرق إلى الغرب (من الشمال إلى الجنوب)، ليصبح الكيلومتر 0 عند الطرف الآخر؛ ويصبح يسار اتجاه السير، حيث يُطبَّق العرض الشمالي، هو الجنوب (الشرق).</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Route start&lt;/b&gt;, &lt;b&gt;Route end&lt;/b&gt; (optional, both or neither): run the route between these points, snapped to the road within 2 km, instead of between the road&apos;s two ends farthest apart; needed for a road that is a closed loop.</source>
        <translation>&lt;b&gt;بداية المسار&lt;/b&gt;، &lt;b&gt;نهاية المسار&lt;/b&gt; (اختياريتان، كلتاهما أو لا شيء): مدّ المسار بين هاتين النقطتين، بعد التقاطهما على الطريق ضمن 2 كم، بدلاً من طرفي الطريق الأبعد أحدهما عن الآخر؛ ولا بد منهما لطريق يشكّل حلقة مغلقة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Leave out road off the route&lt;/b&gt;: without route ends, more than a quarter of the road lying over 1 km off the route (the other half of a ring road, a second road) is an error; with this set, the route is built and the rest reported.</source>
        <translation>&lt;b&gt;استبعاد الطريق الواقع خارج المسار&lt;/b&gt;: في غياب طرفي المسار، يُعدّ خطأً أن يقع أكثر من ربع الطريق على بُعد يزيد على 1 كم من المسار (النصف الآخر لطريق دائري، أو طريق ثانٍ)؛ ومع تفعيل هذا الخيار يُبنى المسار ويُبلَّغ عن الباقي.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="83"/>
        <source>The inputs are only read. A memory output is lost when QGIS closes: save to a GeoPackage to keep it.</source>
        <translation>تُقرأ المدخلات فقط دون تعديلها. المخرجات المحفوظة في الذاكرة تُفقد عند إغلاق QGIS: احفظها في ملف GeoPackage للاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>flat</source>
        <translation>مسطّح</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>round</source>
        <translation>مستدير</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>North width (m), left of travel</source>
        <translation>العرض الشمالي (م)، يسار اتجاه السير</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>South width (m), right of travel</source>
        <translation>العرض الجنوبي (م)، يمين اتجاه السير</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="186"/>
        <source>End style</source>
        <translation>نمط الأطراف</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="191"/>
        <source>Gap tolerance (m)</source>
        <translation>تسامح الفجوات (م)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="199"/>
        <source>Snap tolerance (m)</source>
        <translation>تسامح الالتقاط (م)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="210"/>
        <source>Reverse the route (east to west)</source>
        <translation>عكس المسار (من الشرق إلى الغرب)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="211"/>
        <source>Route start (optional)</source>
        <translation>بداية المسار (اختياري)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="212"/>
        <source>Route end (optional)</source>
        <translation>نهاية المسار (اختياري)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="243"/>
        <source>Give both the route start and the route end, or neither.</source>
        <translation>حدد بداية المسار ونهايته معاً، أو لا تحدد أياً منهما.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route start</source>
        <translation>بداية المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route end</source>
        <translation>نهاية المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="262"/>
        <source>{error} Here: give the Route start and Route end, or set Leave out road off the route.</source>
        <translation>{error} هنا: حدد «بداية المسار» و«نهاية المسار»، أو فعّل «استبعاد الطريق الواقع خارج المسار».</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="268"/>
        <source>Route of {length_km:.3f} km, sides {left} and {right}: {summary}.</source>
        <translation>مسار بطول {length_km:.3f} كم، الجهتان {left} و{right}: {summary}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="275"/>
        <source>Not on the route: {parts}.</source>
        <translation>خارج المسار: {parts}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="28"/>
        <source>Flag incidents in the corridor</source>
        <translation>وسم الحوادث في الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Flags incident points against the corridor along a road: inside or not, on which side, how far from the road and at which km; optionally inside the patrol stretch and inside a date window. Distances are geodesic (WGS84). The road may come in many line features; they are assembled into one route first.</source>
        <translation>يَسِم نقاط الحوادث بالنسبة إلى الممر على امتداد طريق: هل هي داخله أم لا، وفي أي جهة، وعلى أي بُعد من الطريق، وعند أي كيلومتر؛ واختيارياً هل هي داخل مقطع الدورية وضمن نافذة زمنية. المسافات جيوديسية (WGS84). قد يتكوّن الطريق من معالم خطية عديدة؛ فتُجمَّع أولاً في مسار واحد.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Incidents&lt;/b&gt;: a point layer (or its selected features). An incident of several points (MultiPoint) is inside when any of its points is, and takes its side, distance and km from its point nearest the road.</source>
        <translation>&lt;b&gt;الطريق&lt;/b&gt;: طبقة خطية (أو معالمها المحددة). &lt;b&gt;الحوادث&lt;/b&gt;: طبقة نقطية (أو معالمها المحددة). الحادثة المكوّنة من عدة نقاط (MultiPoint) تُعدّ داخل الممر إذا كانت أي من نقاطها داخله، وتأخذ جهتها وبُعدها وكيلومترها من أقرب نقاطها إلى الطريق.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Patrol start&lt;/b&gt;, &lt;b&gt;Patrol end&lt;/b&gt; (optional, both or neither): the patrol&apos;s ends, snapped to the road within the &lt;b&gt;Snap tolerance&lt;/b&gt; (m).</source>
        <translation>&lt;b&gt;بداية الدورية&lt;/b&gt;، &lt;b&gt;نهاية الدورية&lt;/b&gt; (اختياريتان، كلتاهما أو لا شيء): طرفا الدورية، بعد التقاطهما على الطريق ضمن &lt;b&gt;تسامح الالتقاط&lt;/b&gt; (م).</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Date field&lt;/b&gt; (optional): the incidents&apos; date: a date or date-time field, or text or numbers as real data writes them (2020-03-15, 2020-03-15 00:00:00.000 as in UCDP GED, 15 March 2020 as in ACLED, 20200315). A date-time counts by its calendar day as written: its time of day and time zone are set aside. Day/month forms such as 03/04/2020 need the &lt;b&gt;Date format&lt;/b&gt; (strptime codes, e.g. %d/%m/%Y or %m/%d/%Y). &lt;b&gt;From date&lt;/b&gt; counts from that day (inclusive); &lt;b&gt;To date&lt;/b&gt; is exclusive: an incident on that day or later is outside the window. An incident without a readable date is neither: its in_window is empty, and the log names the first few.</source>
        <translation>&lt;b&gt;حقل التاريخ&lt;/b&gt; (اختياري): تاريخ الحوادث: حقل تاريخ أو تاريخ ووقت، أو نص أو أرقام كما تكتبها البيانات الفعلية (2020-03-15، 2020-03-15 00:00:00.000 كما في UCDP GED، 15 March 2020 كما في ACLED، 20200315). يُحتسب التاريخ والوقت بيومه التقويمي كما هو مكتوب: ويُهمَل وقت اليوم والمنطقة الزمنية. صيغ اليوم/الشهر مثل 03/04/2020 تحتاج إلى &lt;b&gt;تنسيق التاريخ&lt;/b&gt; (رموز strptime، مثل %d/%m/%Y أو %m/%d/%Y). &lt;b&gt;من تاريخ&lt;/b&gt; يُحتسب بدءاً من ذلك اليوم (مشمولاً)؛ أما &lt;b&gt;إلى تاريخ&lt;/b&gt; فغير مشمول: الحادثة الواقعة في ذلك اليوم أو بعده تقع خارج النافذة. الحادثة التي ليس لها تاريخ مقروء لا تقع داخل النافذة ولا خارجها: تكون قيمة in_window لها فارغة، ويذكر السجل أوائلها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Category field&lt;/b&gt; (optional): the incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED, whose codes 1, 2, 3 are logged by name); the log counts each category inside the corridor and the patrol stretch.</source>
        <translation>&lt;b&gt;حقل الفئة&lt;/b&gt; (اختياري): فئة الحوادث (event_type أو sub_event_type في ACLED، و type_of_violence في UCDP GED، وتُسجَّل رموزه 1 و2 و3 بأسمائها)؛ ويُحصي السجل كل فئة داخل الممر وداخل مقطع الدورية.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Flagged incidents&lt;/b&gt; (every incident with all its attributes, in the road&apos;s CRS), added fields: in_corr (inside the corridor), side (north/south or west/east, &apos;on route&apos; when on the road), dist_m (geodesic distance to the road), chain_km (km along the route, which runs west to east), in_patrol (inside the corridor between the patrol&apos;s ends; false without a patrol), in_window (inside the window; empty without a date field or a readable date). An incident without a geometry is kept, inside nothing, with empty side, dist_m and chain_km.</source>
        <translation>&lt;b&gt;الحوادث الموسومة&lt;/b&gt; (كل حادثة بجميع سماتها، بنظام الإحداثيات المرجعي للطريق)، الحقول المضافة: in_corr (داخل الممر)، side (north/south أو west/east، و'on route' عندما تكون على الطريق)، dist_m (المسافة الجيوديسية إلى الطريق)، chain_km (الكيلومتر على امتداد المسار، الذي يمتد من الغرب إلى الشرق)، in_patrol (داخل الممر بين طرفي الدورية؛ false في غياب دورية)، in_window (ضمن النافذة؛ فارغ في غياب حقل تاريخ أو تاريخ مقروء). الحادثة التي ليس لها هندسة يُحتفظ بها، غير داخلة في أي شيء، وتكون side و dist_m و chain_km فارغة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Outputs INSIDE, IN_PATROL and MISSING count incidents for models.</source>
        <translation>المخرجات INSIDE و IN_PATROL و MISSING تُحصي الحوادث لاستخدامها في النماذج.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="96"/>
        <source>Patrol start</source>
        <translation>بداية الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="97"/>
        <source>Patrol end</source>
        <translation>نهاية الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="98"/>
        <source>Date format (e.g. %d/%m/%Y)</source>
        <translation>تنسيق التاريخ (مثلاً %d/%m/%Y)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>From date (inclusive)</source>
        <translation>من تاريخ (مشمول)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>To date (exclusive)</source>
        <translation>إلى تاريخ (غير مشمول)</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="111"/>
        <source>Flagged incidents</source>
        <translation>الحوادث الموسومة</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="116"/>
        <source>Incidents inside the corridor</source>
        <translation>الحوادث داخل الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="117"/>
        <source>Incidents inside the patrol stretch</source>
        <translation>الحوادث داخل مقطع الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="118"/>
        <source>Incidents without a location</source>
        <translation>الحوادث بلا موقع</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="47"/>
        <source>The incident layer already has the field(s) {fields}, which this algorithm adds (was it flagged before?): flag the original layer, or rename those fields.</source>
        <translation>طبقة الحوادث تحتوي مسبقاً على الحقل (الحقول) {fields} التي تضيفها هذه الخوارزمية (هل طُبّق عليها الوسم من قبل؟): طبّق الوسم على الطبقة الأصلية، أو أعد تسمية تلك الحقول.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="129"/>
        <source>A date window is set but no date field: choose the incidents&apos; date field.</source>
        <translation>حُددت نافذة زمنية دون حقل تاريخ: اختر حقل تاريخ الحوادث.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="301"/>
        <source>Give both the patrol start and the patrol end, or neither.</source>
        <translation>حدد بداية الدورية ونهايتها معاً، أو لا تحدد أياً منهما.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol start</source>
        <translation>بداية الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol end</source>
        <translation>نهاية الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="148"/>
        <source>Flagging the incidents</source>
        <translation>وسم الحوادث</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="162"/>
        <source>{inside} of {total} incidents inside the corridor, {in_patrol} in the patrol stretch, {missing} without a location.</source>
        <translation>{inside} من الحوادث البالغ عددها {total} داخل الممر، و{in_patrol} في مقطع الدورية، و{missing} بلا موقع.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="167"/>
        <source>Date window: {inside_and_in_window} inside the corridor and in the window, {outside_window} outside the window, {undated} without a readable date.</source>
        <translation>النافذة الزمنية: {inside_and_in_window} داخل الممر وضمن النافذة، و{outside_window} خارج النافذة، و{undated} بلا تاريخ مقروء.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="201"/>
        <source>The incidents have a field &apos;{field}&apos; that looks like a category: set Category field to count the incidents by it.</source>
        <translation>لدى الحوادث حقل «{field}» يبدو أنه فئة: عيّنه في «حقل الفئة» لإحصاء الحوادث حسبه.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="207"/>
        <source>The incident layer has no field &apos;{field}&apos; for the Category field; its fields are {fields}.</source>
        <translation>لا تحتوي طبقة الحوادث على الحقل «{field}» المحدد في «حقل الفئة»؛ حقولها هي {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="219"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch):</source>
        <translation>حسب {field} (الكل / داخل الممر / في مقطع الدورية):</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="221"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch / inside and in the window):</source>
        <translation>حسب {field} (الكل / داخل الممر / في مقطع الدورية / داخل الممر وضمن النافذة):</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="230"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="316"/>
        <source>{parameter} is not a date; give it as YYYY-MM-DD.</source>
        <translation>{parameter} ليس تاريخاً؛ أدخله بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="24"/>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغيت العملية: لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="29"/>
        <source>Cancelled: {outputs}. Nothing was loaded.</source>
        <translation>أُلغيت العملية: {outputs}. لم يُحمَّل شيء.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="37"/>
        <source>the temporary layer &apos;{label}&apos; was discarded</source>
        <translation>أُهملت الطبقة المؤقتة «{label}»</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="39"/>
        <source>the file {path} (&apos;{label}&apos;) was deleted</source>
        <translation>حُذف الملف {path} («{label}»)</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="43"/>
        <source>the layer {layer} (&apos;{label}&apos;) was removed from {path}, whose other layers are untouched</source>
        <translation>أُزيلت الطبقة {layer} («{label}») من {path}، دون المساس بطبقاته الأخرى</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="50"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted: it is incomplete, with {written} of {total} features</source>
        <translation>{path} («{label}») كان موجوداً قبل هذا التشغيل، لذا لم يُحذف: وهو غير مكتمل، إذ كُتب فيه {written} من المعالم من أصل {total}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="52"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted</source>
        <translation>{path} («{label}») كان موجوداً قبل هذا التشغيل، لذا لم يُحذف</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="55"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason}): it is incomplete, with {written} of {total} features</source>
        <translation>تعذّر حذف الملف {path} («{label}») ({reason}): وهو غير مكتمل، إذ كُتب فيه {written} من المعالم من أصل {total}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="57"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason})</source>
        <translation>تعذّر حذف الملف {path} («{label}») ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="61"/>
        <source>&apos;{label}&apos; was written to {where}: it is incomplete, with {written} of {total} features</source>
        <translation>كُتبت «{label}» في {where}: وهي غير مكتملة، إذ كُتب منها {written} من المعالم من أصل {total}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="64"/>
        <source>&apos;{label}&apos; was written to {where}</source>
        <translation>كُتبت «{label}» في {where}</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="22"/>
        <source>Patrol stretch between two places</source>
        <translation>مقطع الدورية بين مكانين</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Cuts the stretch of road a patrol drives between two places, each snapped to the nearest point of the road, and optionally puts checkpoints every N km along it. The road may come in many line features; they are assembled into one route first, so the stretch follows the road across its parts. Lengths are geodesic (WGS84).</source>
        <translation>يقتطع مقطع الطريق الذي تسلكه الدورية بين مكانين، بعد التقاط كل منهما على أقرب نقطة من الطريق، ويضع اختيارياً نقاط تفتيش كل N كم على امتداده. قد يتكوّن الطريق من معالم خطية عديدة؛ فتُجمَّع أولاً في مسار واحد، ليتبع المقطع الطريق عبر أجزائه. الأطوال جيوديسية (WGS84).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;: the patrol&apos;s two ends, points with their CRS (a point without one is read in the project&apos;s CRS, or the road&apos;s). Or, for an end without a point, &lt;b&gt;Start place name&lt;/b&gt; / &lt;b&gt;End place name&lt;/b&gt; searched in &lt;b&gt;Places&lt;/b&gt; (its &lt;b&gt;Name field&lt;/b&gt; and every field with &apos;name&apos; in its name, e.g. name_ar), with the dock&apos;s tolerant search: &apos;Saraqeb&apos; finds Saraqab. A name that matches several places equally well is an error that lists them. &lt;b&gt;Start name&lt;/b&gt;, &lt;b&gt;End name&lt;/b&gt;: their names, for fields and messages (default Start and End).</source>
        <translation>&lt;b&gt;البداية&lt;/b&gt;، &lt;b&gt;النهاية&lt;/b&gt;: طرفا الدورية، نقطتان بنظام الإحداثيات المرجعي الخاص بهما (النقطة التي ليس لها نظام تُقرأ بنظام المشروع، أو بنظام الطريق). أو، للطرف الذي ليس له نقطة، &lt;b&gt;اسم مكان البداية&lt;/b&gt; / &lt;b&gt;اسم مكان النهاية&lt;/b&gt; يُبحث عنه في &lt;b&gt;الأماكن&lt;/b&gt; (في &lt;b&gt;حقل الاسم&lt;/b&gt; الخاص بها وفي كل حقل يتضمن اسمه «name»، مثل name_ar)، بالبحث المتسامح نفسه المستخدم في اللوحة: 'Saraqeb' يعثر على Saraqab. الاسم الذي يطابق عدة أماكن بالقدر نفسه خطأ تُدرَج فيه تلك الأماكن. &lt;b&gt;اسم البداية&lt;/b&gt;، &lt;b&gt;اسم النهاية&lt;/b&gt;: اسما الطرفين، لاستخدامهما في الحقول والرسائل (الافتراضي Start و End).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Snap tolerance&lt;/b&gt;: how far (m) each end may lie from the road.</source>
        <translation>&lt;b&gt;تسامح الالتقاط&lt;/b&gt;: أقصى مسافة (م) يجوز أن يبعدها كل طرف عن الطريق.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none.</source>
        <translation>&lt;b&gt;فاصل نقاط التفتيش&lt;/b&gt;: المسافة بالكيلومتر بين نقاط التفتيش، بدءاً من البداية؛ 0 لعدم وضع أي منها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt; (a line in the road&apos;s CRS, from start to end), fields: start_name, end_name, start_km and end_km (km along the route, which runs west to east), length_km.</source>
        <translation>&lt;b&gt;الدورية&lt;/b&gt; (خط بنظام الإحداثيات المرجعي للطريق، من البداية إلى النهاية)، حقولها: start_name و end_name و start_km و end_km (الكيلومتر على امتداد المسار، الذي يمتد من الغرب إلى الشرق)، length_km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Checkpoints&lt;/b&gt; (points; empty when the interval is 0), fields: km (from the patrol&apos;s start; the end is the last checkpoint), route_km (km along the route), label.</source>
        <translation>&lt;b&gt;نقاط التفتيش&lt;/b&gt; (نقاط؛ فارغة عندما يكون الفاصل 0)، حقولها: km (من بداية الدورية؛ والنهاية هي آخر نقطة تفتيش)، route_km (الكيلومتر على امتداد المسار)، label.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Outputs LENGTH_KM, START_KM and END_KM hold the patrol&apos;s numbers for models.</source>
        <translation>المخرجات LENGTH_KM و START_KM و END_KM تحمل أرقام الدورية لاستخدامها في النماذج.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="34"/>
        <source>Start (a point)</source>
        <translation>البداية (نقطة)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="35"/>
        <source>End (a point)</source>
        <translation>النهاية (نقطة)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="36"/>
        <source>Places, to name the ends instead</source>
        <translation>الأماكن، لتسمية الطرفين بدلاً من النقطتين</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="42"/>
        <source>Name field of the places</source>
        <translation>حقل اسم الأماكن</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="48"/>
        <source>Start place name</source>
        <translation>اسم مكان البداية</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="49"/>
        <source>End place name</source>
        <translation>اسم مكان النهاية</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="50"/>
        <source>Start name</source>
        <translation>اسم البداية</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="51"/>
        <source>End name</source>
        <translation>اسم النهاية</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Checkpoint interval (km), 0 for none</source>
        <translation>فاصل نقاط التفتيش (كم)، 0 لعدم وضعها</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="72"/>
        <source>Checkpoints</source>
        <translation>نقاط التفتيش</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="77"/>
        <source>Patrol length (km)</source>
        <translation>طول الدورية (كم)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="78"/>
        <source>Start, km along the route</source>
        <translation>البداية، الكيلومتر على امتداد المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="79"/>
        <source>End, km along the route</source>
        <translation>النهاية، الكيلومتر على امتداد المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="61"/>
        <source>Cutting the patrol stretch</source>
        <translation>اقتطاع مقطع الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="63"/>
        <source>{start} is {start_m:.0f} m from the road, {end} {end_m:.0f} m; patrol of {length_km:.3f} km.</source>
        <translation>{start} على بُعد {start_m:.0f} م من الطريق، و{end} على بُعد {end_m:.0f} م؛ دورية بطول {length_km:.3f} كم.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="87"/>
        <source>Placing checkpoints</source>
        <translation>وضع نقاط التفتيش</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="89"/>
        <source>Writing the patrol</source>
        <translation>كتابة الدورية</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="86"/>
        <source>{role}: give it as a point ({point}), or its name ({place}) with a places layer.</source>
        <translation>{role}: حدده نقطةً ({point})، أو باسمه ({place}) مع طبقة أماكن.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="98"/>
        <source>A place name is given, but no Places layer to find it in.</source>
        <translation>أُدخل اسم مكان، لكن لم تُحدَّد طبقة «الأماكن» للبحث فيها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="103"/>
        <source>Choose the Name field of the places layer.</source>
        <translation>اختر حقل الاسم في طبقة الأماكن.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="36"/>
        <source>Save the patrol for GPS units</source>
        <translation>حفظ الدورية لأجهزة GPS</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX files (*.gpx)</source>
        <translation>ملفات GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="59"/>
        <source>The patrol is saved for GPS units: {paths}.</source>
        <translation>حُفظت الدورية لأجهزة GPS: {paths}.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="62"/>
        <source>writing the GPS files</source>
        <translation>كتابة ملفات GPS</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="107"/>
        <source>Route book…</source>
        <translation>كتيّب المسار…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="108"/>
        <source>A PDF for the patrol team: an overview, then a map page per stretch of the patrol, rotated so the road runs across the page.</source>
        <translation>ملف PDF لفريق الدورية: صفحة عامة، ثم صفحة خريطة لكل مقطع من الدورية، مُدوَّرة بحيث يمتد الطريق عرضياً على الصفحة.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="110"/>
        <source>GPS files…</source>
        <translation>ملفات GPS…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="111"/>
        <source>The patrol as GPX (and KML): waypoints named by their km, a route, the track and the corridor&apos;s edges, for GPS units and phones.</source>
        <translation>الدورية بصيغة GPX (وKML): نقاط طريق مسمّاة بكيلومتراتها، ومسار ملاحة، والأثر، وحافتا الممر، لأجهزة GPS والهواتف.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="127"/>
        <source>GDAL copied {copied} features of &apos;{layer}&apos; where QGIS read {read}: did the layer change while it was read? Run again.</source>
        <translation>نسخ GDAL {copied} من معالم «{layer}» بينما قرأ QGIS {read}: هل تغيّرت الطبقة أثناء قراءتها؟ أعد التشغيل.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="181"/>
        <source>GDAL could not copy the incidents into {path}: {error}</source>
        <translation>تعذّر على GDAL نسخ الحوادث إلى {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="229"/>
        <source>Could not write {path}: {error}</source>
        <translation>تعذّرت كتابة {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="118"/>
        <source>Strip pages</source>
        <translation>الصفحات الشريطية</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="109"/>
        <source>Corridor edge</source>
        <translation>حافة الممر</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="111"/>
        <source>Patrol stretch</source>
        <translation>مقطع الدورية</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="112"/>
        <source>km ticks</source>
        <translation>علامات الكيلومترات</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="115"/>
        <source>km along the patrol</source>
        <translation>الكيلومتر على امتداد الدورية</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="144"/>
        <source>{side} {km} km</source>
        <translation>{side} {km} كم</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="56"/>
        <source>QGIS cannot make the route book&apos;s map projection: {proj}</source>
        <translation>لا يستطيع QGIS إنشاء إسقاط خريطة كتيّب المسار: {proj}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="65"/>
        <source>Patrol {start} – {end}</source>
        <translation>الدورية {start} – {end}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="90"/>
        <source>Route book overview</source>
        <translation>الصفحة العامة لكتيّب المسار</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="91"/>
        <source>{title} · route book</source>
        <translation>{title} · كتيّب المسار</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="92"/>
        <source>{length} km in {count} strip pages at {scale}; each page&apos;s map is outlined and numbered.</source>
        <translation>{length} كم في {count} صفحة شريطية بمقياس {scale}؛ خريطة كل صفحة محدَّدة بإطار ومرقَّمة.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="118"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt;: {left} {left_km} km, {right} {right_km} km ({cap} ends)</source>
        <translation>&lt;b&gt;الممر&lt;/b&gt;: {left} {left_km} كم، {right} {right_km} كم (الأطراف: {cap})</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="122"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt;: {start} to {end}, {length} km</source>
        <translation>&lt;b&gt;الدورية&lt;/b&gt;: من {start} إلى {end}، {length} كم</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="125"/>
        <source>&lt;b&gt;Pages&lt;/b&gt;: {count} of {page_km} km, overlapping {overlap_km} km</source>
        <translation>&lt;b&gt;الصفحات&lt;/b&gt;: {count} بطول {page_km} كم لكل منها، بتداخل {overlap_km} كم</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="129"/>
        <source>&lt;b&gt;Scale&lt;/b&gt;: {scale} on every strip page; this map {overview}</source>
        <translation>&lt;b&gt;المقياس&lt;/b&gt;: {scale} في كل صفحة شريطية؛ وهذه الخريطة {overview}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="135"/>
        <source>&lt;b&gt;Dates&lt;/b&gt;: from {start} to {end} (dimmed outside)</source>
        <translation>&lt;b&gt;التواريخ&lt;/b&gt;: من {start} إلى {end} (ما يقع خارجها باهت)</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="140"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt;: {total}, {inside} inside the corridor, {in_patrol} in the patrol stretch</source>
        <translation>&lt;b&gt;الحوادث&lt;/b&gt;: {total}، منها {inside} داخل الممر و{in_patrol} داخل مقطع الدورية</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="145"/>
        <source>Strip pages: the road runs left to right in the direction of travel; the arrow on each page points to true north.</source>
        <translation>الصفحات الشريطية: يمتد الطريق من اليسار إلى اليمين في اتجاه السير؛ ويشير السهم في كل صفحة إلى الشمال الحقيقي.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="163"/>
        <source>Route book strip pages</source>
        <translation>الصفحات الشريطية لكتيّب المسار</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="165"/>
        <source>{title} · km {km}</source>
        <translation>{title} · الكيلومتر {km}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="169"/>
        <source>Travel from left to right: {left} ({left_km} km) above the road, {right} ({right_km} km) below.</source>
        <translation>السير من اليسار إلى اليمين: {left} ({left_km} كم) فوق الطريق، و{right} ({right_km} كم) تحته.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="189"/>
        <source>km {km} of {length} from {start}&lt;br&gt;Scale {scale}</source>
        <translation>الكيلومتر {km} من {length} بدءاً من {start}&lt;br&gt;المقياس {scale}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="151"/>
        <source>page {page} of {total}</source>
        <translation>الصفحة {page} من {total}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_items.py" line="128"/>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="212"/>
        <source>Could not write the route book to {path}.</source>
        <translation>تعذّرت كتابة كتيّب المسار في {path}.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="219"/>
        <source>QGIS could not start the atlas of the route book&apos;s strip pages.</source>
        <translation>تعذّر على QGIS بدء أطلس الصفحات الشريطية لكتيّب المسار.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="43"/>
        <source>Compare corridor scenarios</source>
        <translation>مقارنة سيناريوهات الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>Builds the corridor of every scenario in a scenario file on one road and tables them side by side: widths, geodesic area, patrol length, and, when given, the incidents and places inside. Each scenario is computed on its own, so its numbers are those Build corridor, Flag incidents in the corridor and Places in the corridor give with its parameters.</source>
        <translation>يبني ممر كل سيناريو في ملف سيناريوهات على طريق واحد ويعرضها في جدول جنباً إلى جنب: العروض، والمساحة الجيوديسية، وطول الدورية، والحوادث والأماكن الواقعة داخله إن حُدِّدت. يُحسب كل سيناريو على حدة، فتكون أرقامه هي نفسها التي تعطيها «بناء الممر» و«وسم الحوادث في الممر» و«الأماكن في الممر» بمعاملاته.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Scenarios&lt;/b&gt;: a .json file whose format is secure-corridor-scenarios, version 1, with a list of scenarios, each a name and its parameters as in a saved corridor specification: left_width_m, right_width_m, end_cap, from_km, to_km, patrol_start and patrol_end (each with a name, and lon and lat in WGS84), snap_tolerance_m, date_from, date_to. A wrong field is an error naming the scenario and the field, before anything is written. resources/sample/m4_scenarios.json is an example.</source>
        <translation>&lt;b&gt;الطريق&lt;/b&gt;: طبقة خطية (أو معالمها المحددة). &lt;b&gt;السيناريوهات&lt;/b&gt;: ملف .json تنسيقه secure-corridor-scenarios، الإصدار 1، فيه قائمة سيناريوهات، لكل منها اسم ومعاملات كما في مواصفات ممر محفوظة: left_width_m و right_width_m و end_cap و from_km و to_km و patrol_start و patrol_end (لكل منهما name و lon و lat بنظام WGS84) و snap_tolerance_m و date_from و date_to. الحقل الخاطئ خطأ يُذكر فيه السيناريو والحقل، قبل كتابة أي شيء. الملف resources/sample/m4_scenarios.json مثال على ذلك.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional), with their &lt;b&gt;Date field&lt;/b&gt; and &lt;b&gt;Date format&lt;/b&gt; for the scenarios&apos; date windows; &lt;b&gt;Places&lt;/b&gt; (optional).</source>
        <translation>&lt;b&gt;الحوادث&lt;/b&gt; (اختياري)، مع &lt;b&gt;حقل التاريخ&lt;/b&gt; و&lt;b&gt;تنسيق التاريخ&lt;/b&gt; الخاصين بها للنوافذ الزمنية للسيناريوهات؛ &lt;b&gt;الأماكن&lt;/b&gt; (اختياري).</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Table&lt;/b&gt;: a CSV file (UTF-8, with a header), one row per scenario: name, north_m, south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, incidents_in_patrol, incidents_in_window (inside the corridor and in the window), places_inside, places_in_patrol, then the patrol&apos;s ends and the window. A cell is empty where a scenario has no patrol or window, or no layer was given.</source>
        <translation>&lt;b&gt;الجدول&lt;/b&gt;: ملف CSV (بترميز UTF-8، مع سطر عناوين)، صف واحد لكل سيناريو: name و north_m و south_m و end_cap و from_km و to_km و area_km2 و patrol_km و incidents_inside و incidents_in_patrol و incidents_in_window (داخل الممر وضمن النافذة) و places_inside و places_in_patrol، ثم طرفا الدورية والنافذة. تكون الخلية فارغة حيث لا دورية للسيناريو أو لا نافذة، أو حيث لم تُحدَّد طبقة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Corridors&lt;/b&gt; (optional): one polygon per scenario, in the road&apos;s CRS, with a &apos;scenario&apos; field; loaded with an outline of its own colour and dash per scenario.</source>
        <translation>&lt;b&gt;الممرات&lt;/b&gt; (اختياري): مضلع واحد لكل سيناريو، بنظام الإحداثيات المرجعي للطريق، مع حقل «scenario»؛ تُحمَّل بحدّ خارجي بلون ونمط تقطيع خاصين بكل سيناريو.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="85"/>
        <source>Scenarios (JSON)</source>
        <translation>السيناريوهات (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="109"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="110"/>
        <source>Corridors</source>
        <translation>الممرات</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="119"/>
        <source>Scenarios compared</source>
        <translation>السيناريوهات المقارَنة</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="124"/>
        <source>{count} scenarios: {names}.</source>
        <translation>عدد السيناريوهات {count}: {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="132"/>
        <source>Reading the incidents</source>
        <translation>قراءة الحوادث</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="140"/>
        <source>The scenarios {names} have a date window, but no Date field is chosen: their incidents in the window are left empty.</source>
        <translation>للسيناريوهات {names} نافذة زمنية، لكن لم يُختر حقل التاريخ: تُترك أعداد حوادثها ضمن النافذة فارغة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="145"/>
        <source>Building the corridors</source>
        <translation>بناء الممرات</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="149"/>
        <source>Writing the table</source>
        <translation>كتابة الجدول</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="154"/>
        <source>{name}: north {north_m:g} m, south {south_m:g} m, {area_km2:.1f} km²; incidents inside: {incidents}; places inside: {places}.</source>
        <translation>{name}: الشمال {north_m:g} م، الجنوب {south_m:g} م، {area_km2:.1f} كم²؛ الحوادث داخل الممر: {incidents}؛ الأماكن داخل الممر: {places}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="23"/>
        <source>Patrol to GPS files (GPX, KML)</source>
        <translation>الدورية إلى ملفات GPS (GPX، KML)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Writes the patrol stretch between two places as a GPX 1.1 file for GPS units and apps, and optionally as KML: waypoints at its start (km 0), at every checkpoint and at its end, named by their km from the start; a route through them; the patrol as a track of every vertex, within 1 m of the stretch the patrol algorithm cuts; and, if asked, the corridor&apos;s two edges alongside it as more tracks. Coordinates are WGS84 longitude/latitude.</source>
        <translation>يكتب مقطع الدورية بين مكانين في ملف GPX 1.1 لأجهزة GPS وتطبيقاتها، وبصيغة KML اختيارياً: نقاط طريق عند بدايته (km 0) وعند كل نقطة تفتيش وعند نهايته، مسمّاة بكيلومتراتها من البداية؛ ومسار ملاحة يمر بها؛ والدورية أثراً يضم كل رؤوسها، على بُعد لا يتجاوز 1 م من المقطع الذي تقتطعه خوارزمية الدورية؛ وعند الطلب، حافتا الممر بمحاذاته أثرين إضافيين. الإحداثيات خطوط طول/عرض بنظام WGS84.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt; and the place names, &lt;b&gt;Snap tolerance&lt;/b&gt;: as in &apos;Patrol stretch between two places&apos;.</source>
        <translation>&lt;b&gt;الطريق&lt;/b&gt;، &lt;b&gt;البداية&lt;/b&gt;، &lt;b&gt;النهاية&lt;/b&gt;، &lt;b&gt;الأماكن&lt;/b&gt; وأسماء الأماكن، &lt;b&gt;تسامح الالتقاط&lt;/b&gt;: كما في «مقطع الدورية بين مكانين».</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none (the waypoints are then the two ends).</source>
        <translation>&lt;b&gt;فاصل نقاط التفتيش&lt;/b&gt;: المسافة بالكيلومتر بين نقاط التفتيش، بدءاً من البداية؛ 0 لعدم وضع أي منها (فتكون نقاط الطريق عندئذ هي الطرفين).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Corridor edges&lt;/b&gt;: add the corridor&apos;s two edges along the patrol stretch as tracks, named by their side and width, e.g. north edge (6 km); &lt;b&gt;North width&lt;/b&gt; and &lt;b&gt;South width&lt;/b&gt; as in &apos;Build corridor&apos; (0 for no edge on a side).</source>
        <translation>&lt;b&gt;حافتا الممر&lt;/b&gt;: إضافة حافتي الممر على امتداد مقطع الدورية أثرين، مسمّيين بجهتهما وعرضهما، مثل north edge (6 km)؛ &lt;b&gt;العرض الشمالي&lt;/b&gt; و&lt;b&gt;العرض الجنوبي&lt;/b&gt; كما في «بناء الممر» (0 لعدم وجود حافة على جهة ما).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;GPX file&lt;/b&gt;: waypoints, a route and tracks. Waypoint names are &apos;km 0&apos;, &apos;km 10&apos;, ...; the two ends carry their place&apos;s name as comment.</source>
        <translation>&lt;b&gt;ملف GPX&lt;/b&gt;: نقاط طريق ومسار ملاحة وآثار. أسماء نقاط الطريق هي 'km 0' و'km 10' و...؛ ويحمل الطرفان اسم مكانهما تعليقاً.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;KML file&lt;/b&gt; (optional): the same waypoints, route and tracks, one folder each, for Google Earth and phones.</source>
        <translation>&lt;b&gt;ملف KML&lt;/b&gt; (اختياري): نقاط الطريق ومسار الملاحة والآثار نفسها، كل منها في مجلد، لبرنامج Google Earth والهواتف.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Output WAYPOINTS holds the number of waypoints.</source>
        <translation>المخرج WAYPOINTS يحمل عدد نقاط الطريق.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>The inputs are only read. On an error no file is written.</source>
        <translation>تُقرأ المدخلات فقط دون تعديلها. عند حدوث خطأ لا يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="65"/>
        <source>Add the corridor&apos;s edges as tracks</source>
        <translation>إضافة حافتي الممر أثرين</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX file</source>
        <translation>ملف GPX</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML file</source>
        <translation>ملف KML</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML files (*.kml)</source>
        <translation>ملفات KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="81"/>
        <source>Number of waypoints</source>
        <translation>عدد نقاط الطريق</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="95"/>
        <source>Drawing the corridor&apos;s edges</source>
        <translation>رسم حافتي الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="101"/>
        <source>Corridor edge: {name}, {points} points.</source>
        <translation>حافة الممر: {name}، {points} نقطة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="103"/>
        <source>Writing the GPS files</source>
        <translation>كتابة ملفات GPS</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="155"/>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="41"/>
        <source>nothing was written to {path} (&apos;{label}&apos;)</source>
        <translation>لم يُكتب شيء في {path} («{label}»)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="40"/>
        <source>Places in the corridor</source>
        <translation>الأماكن في الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>Lists the places (settlements) inside the corridor along a road: on which side, how far from the road, at which km, and whether in the patrol stretch; and the places just outside, within a margin of the corridor&apos;s edge. Places are measured as incidents are, so their numbers agree with Flag incidents in the corridor.</source>
        <translation>يسرد الأماكن (التجمعات السكانية) الواقعة داخل الممر على امتداد طريق: في أي جهة، وعلى أي بُعد من الطريق، وعند أي كيلومتر، وهل هي داخل مقطع الدورية؛ والأماكن الواقعة خارجه مباشرة، ضمن هامش من حافة الممر. تُقاس الأماكن كما تُقاس الحوادث، فتتفق أرقامها مع «وسم الحوادث في الممر».</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Places&lt;/b&gt;: a point layer; a place of several points is taken at its first. &lt;b&gt;Name fields&lt;/b&gt;: the fields copied to the outputs (by default every field with &apos;name&apos; in its name, such as name_en and name_ar).</source>
        <translation>&lt;b&gt;الطريق&lt;/b&gt;: طبقة خطية (أو معالمها المحددة). &lt;b&gt;الأماكن&lt;/b&gt;: طبقة نقطية؛ المكان المكوّن من عدة نقاط يؤخذ عند أولاها. &lt;b&gt;حقول الاسم&lt;/b&gt;: الحقول التي تُنسخ إلى المخرجات (افتراضياً كل حقل يتضمن اسمه «name»، مثل name_en و name_ar).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Margin&lt;/b&gt; (m): a place outside the corridor but at most this far from its edge is listed as near the edge.</source>
        <translation>&lt;b&gt;الهامش&lt;/b&gt; (م): المكان الواقع خارج الممر على بُعد لا يتجاوز هذه المسافة من حافته يُدرج على أنه قرب الحافة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Places&lt;/b&gt; (points in the road&apos;s CRS, by km along the route): the name fields, side (north/south or west/east, &apos;on route&apos; on the road), dist_m (geodesic distance to the road), route_km (km along the route), patrol_km (km from the patrol&apos;s start along the patrol; empty without a patrol), in_patrol, status (&apos;inside&apos; or &apos;near edge&apos;) and outside_m (how far outside the corridor, for a place near the edge).</source>
        <translation>&lt;b&gt;الأماكن&lt;/b&gt; (نقاط بنظام الإحداثيات المرجعي للطريق، مرتّبة بالكيلومتر على امتداد المسار): حقول الاسم، و side (north/south أو west/east، و'on route' على الطريق)، و dist_m (المسافة الجيوديسية إلى الطريق)، و route_km (الكيلومتر على امتداد المسار)، و patrol_km (الكيلومتر من بداية الدورية على امتدادها؛ فارغ في غياب دورية)، و in_patrol، و status ('inside' أو 'near edge') و outside_m (المسافة خارج الممر، للمكان القريب من الحافة).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Table&lt;/b&gt; (optional): the same rows as a CSV file (UTF-8, with a header), with the places&apos; WGS84 lon and lat.</source>
        <translation>&lt;b&gt;الجدول&lt;/b&gt; (اختياري): الصفوف نفسها في ملف CSV (بترميز UTF-8، مع سطر عناوين)، مع lon و lat للأماكن بنظام WGS84.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>The log counts the places inside per side and per 10 km: along the patrol from its start when there is a patrol, else along the route. Outputs INSIDE and NEAR_EDGE count the places for models.</source>
        <translation>يُحصي السجل الأماكن الواقعة داخل الممر لكل جهة ولكل 10 كم: على امتداد الدورية من بدايتها عند وجود دورية، وإلا فعلى امتداد المسار. المخرجان INSIDE و NEAR_EDGE يُحصيان الأماكن لاستخدامها في النماذج.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="88"/>
        <source>Name fields</source>
        <translation>حقول الاسم</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="99"/>
        <source>Margin outside the corridor (m)</source>
        <translation>الهامش خارج الممر (م)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>Table (CSV)</source>
        <translation>الجدول (CSV)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="111"/>
        <source>Places inside the corridor</source>
        <translation>الأماكن داخل الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="112"/>
        <source>Places near the corridor&apos;s edge</source>
        <translation>الأماكن القريبة من حافة الممر</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="125"/>
        <source>Reading the places</source>
        <translation>قراءة الأماكن</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="131"/>
        <source>Writing the places</source>
        <translation>كتابة الأماكن</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="173"/>
        <source>The places layer has no field &apos;{field}&apos;; its fields are {fields}.</source>
        <translation>لا تحتوي طبقة الأماكن على الحقل «{field}»؛ حقولها هي {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="180"/>
        <source>The name field(s) {fields} have the name of a field this algorithm adds: choose other name fields, or rename those.</source>
        <translation>حقل (حقول) الاسم {fields} يحمل اسم حقل تضيفه هذه الخوارزمية: اختر حقول اسم أخرى، أو أعد تسمية تلك الحقول.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="188"/>
        <source>{inside} places inside the corridor ({sides}); {near} outside it within {margin:g} m of its edge.</source>
        <translation>{inside} من الأماكن داخل الممر ({sides})؛ و{near} خارجه على بُعد لا يتجاوز {margin:g} م من حافته.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="193"/>
        <source>{count} places have no location.</source>
        <translation>{count} من الأماكن بلا موقع.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="195"/>
        <source>Places inside per {km:g} km along the patrol, from its start:</source>
        <translation>الأماكن داخل الممر لكل {km:g} كم على امتداد الدورية، من بدايتها:</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="198"/>
        <source>Places inside per {km:g} km along the route:</source>
        <translation>الأماكن داخل الممر لكل {km:g} كم على امتداد المسار:</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="201"/>
        <source>  km {low:g} to {high:g}: {count} ({sides})</source>
        <translation>  الكيلومتر {low:g} إلى {high:g}: {count} ({sides})</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="41"/>
        <source>Route book of the patrol (PDF)</source>
        <translation>كتيّب مسار الدورية (PDF)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Makes a printable route book for a patrol team: an overview page of the whole patrol, then one page per stretch of road, each at the same fixed scale and turned so that the road runs left to right in the direction of travel, with km ticks, checkpoints, the corridor&apos;s edges, places and incidents, a north arrow to true north and a scale bar.</source>
        <translation>يُعِدّ كتيّب مسار قابلاً للطباعة لفريق الدورية: صفحة عامة للدورية كلها، ثم صفحة لكل مقطع من الطريق، كلها بالمقياس الثابت نفسه ومُدوَّرة بحيث يمتد الطريق من اليسار إلى اليمين في اتجاه السير، مع علامات الكيلومترات ونقاط التفتيش وحافتي الممر والأماكن والحوادث، وسهم شمال يشير إلى الشمال الحقيقي، ومقياس رسم خطي.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt;: as for the patrol stretch; the places are also labelled on the maps, by their name field and an Arabic name field (name_ar) when the layer has one.</source>
        <translation>&lt;b&gt;الطريق&lt;/b&gt;، &lt;b&gt;البداية&lt;/b&gt;، &lt;b&gt;النهاية&lt;/b&gt;، &lt;b&gt;الأماكن&lt;/b&gt;: كما في مقطع الدورية؛ وتُوسَم الأماكن أيضاً على الخرائط بحقل اسمها وبحقل الاسم العربي (name_ar) إن وُجد في الطبقة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional): points flagged against the corridor and the patrol, drawn as the Flag incidents algorithm styles them; with a &lt;b&gt;Date field&lt;/b&gt; and a window, those outside it are dimmed.</source>
        <translation>&lt;b&gt;الحوادث&lt;/b&gt; (اختياري): نقاط تُوسَم بالنسبة إلى الممر والدورية، وتُرسم بالنمط الذي تعطيه إياها خوارزمية «وسم الحوادث»؛ ومع &lt;b&gt;حقل التاريخ&lt;/b&gt; ونافذة زمنية، تظهر الحوادث الواقعة خارجها باهتة.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Page length&lt;/b&gt;, &lt;b&gt;Overlap&lt;/b&gt;: km of patrol per page, and km each page repeats of the one before. &lt;b&gt;Scale&lt;/b&gt;: the scale&apos;s denominator for every strip page (e.g. 50000); 0 chooses the largest standard scale at which every page&apos;s stretch and corridor fit.</source>
        <translation>&lt;b&gt;طول الصفحة&lt;/b&gt;، &lt;b&gt;التداخل&lt;/b&gt;: كيلومترات الدورية في كل صفحة، والكيلومترات التي تكررها كل صفحة من سابقتها. &lt;b&gt;المقياس&lt;/b&gt;: مقام المقياس لكل صفحة شريطية (مثلاً 50000)؛ و0 يختار أكبر مقياس قياسي يتسع فيه مقطع كل صفحة وممرها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Route book&lt;/b&gt;: the PDF. &lt;b&gt;Strip pages&lt;/b&gt; (optional): each page&apos;s map extent as a polygon, fields page (its page in the book; the overview is page 1), from_km and to_km (km from the patrol&apos;s start) and rotation (the map rotation, degrees clockwise, in the book&apos;s local projection centred on the patrol). The layer drives an atlas for printing the pages with QGIS&apos;s own layouts.</source>
        <translation>&lt;b&gt;كتيّب المسار&lt;/b&gt;: ملف PDF. &lt;b&gt;الصفحات الشريطية&lt;/b&gt; (اختياري): امتداد خريطة كل صفحة مضلعاً، حقوله page (رقم صفحته في الكتيّب؛ الصفحة العامة هي الصفحة 1)، و from_km و to_km (الكيلومتر من بداية الدورية) و rotation (دوران الخريطة، بالدرجات في اتجاه عقارب الساعة، في الإسقاط المحلي للكتيّب المتمركز على الدورية). تُشغّل الطبقة أطلساً لطباعة الصفحات بتخطيطات QGIS نفسها.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Outputs PAGE_COUNT (pages in the PDF) and SCALE hold the book&apos;s numbers for models.</source>
        <translation>المخرجان PAGE_COUNT (عدد صفحات ملف PDF) و SCALE يحملان أرقام الكتيّب لاستخدامها في النماذج.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Page length (km)</source>
        <translation>طول الصفحة (كم)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Overlap (km)</source>
        <translation>التداخل (كم)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Scale (e.g. 50000), 0 to choose</source>
        <translation>المقياس (مثلاً 50000)، 0 للاختيار التلقائي</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>Route book</source>
        <translation>كتيّب المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="123"/>
        <source>Pages in the route book</source>
        <translation>عدد صفحات كتيّب المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="124"/>
        <source>Scale of the strip pages</source>
        <translation>مقياس الصفحات الشريطية</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="140"/>
        <source>{count} strip pages at 1:{scale}.</source>
        <translation>{count} صفحة شريطية بمقياس 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="150"/>
        <source>Writing the strip pages</source>
        <translation>كتابة الصفحات الشريطية</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="154"/>
        <source>Drawing the route book</source>
        <translation>رسم كتيّب المسار</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="165"/>
        <source>Choose where to save the route book (a PDF file).</source>
        <translation>اختر مكان حفظ كتيّب المسار (ملف PDF).</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="170"/>
        <source>The folder {folder} for the route book does not exist.</source>
        <translation>المجلد {folder} المخصص لكتيّب المسار غير موجود.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="190"/>
        <source>A date window is set but no incidents with a date field: choose the incidents&apos; date field.</source>
        <translation>حُدِّدت نافذة زمنية دون حوادث لها حقل تاريخ: اختر حقل التاريخ للحوادث.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="69"/>
        <source>Save the route book</source>
        <translation>حفظ كتيّب المسار</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="107"/>
        <source>writing the route book</source>
        <translation>كتابة كتيّب المسار</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="109"/>
        <source>Route book of {pages} pages saved to {path}.</source>
        <translation>حُفظ كتيّب المسار ({pages} صفحات) في {path}.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="112"/>
        <source>making the route book</source>
        <translation>إعداد كتيّب المسار</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="208"/>
        <source>Places in the corridor…</source>
        <translation>الأماكن في الممر…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="209"/>
        <source>Which places fall inside the corridor or near its edge: side, distance and km, as a layer and a CSV table (Processing dialog).</source>
        <translation>أي الأماكن تقع داخل الممر أو قرب حافته: الجانب والمسافة والكيلومتر، كطبقة وجدول CSV (نافذة المعالجة).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="211"/>
        <source>Compare scenarios…</source>
        <translation>مقارنة السيناريوهات…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="212"/>
        <source>Candidate corridors from a scenario file (JSON) side by side: area, patrol length, incidents and places (Processing dialog).</source>
        <translation>الممرات المرشحة من ملف سيناريوهات (JSON) جنبًا إلى جنب: المساحة وطول الدورية والحوادث والأماكن (نافذة المعالجة).</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="24"/>
        <source>incidents inside</source>
        <translation>الحوادث داخل الممر</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="25"/>
        <source>in the patrol stretch</source>
        <translation>في مقطع الدورية</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="26"/>
        <source>inside, in the date window</source>
        <translation>داخل الممر وفي نافذة التاريخ</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="27"/>
        <source>places inside</source>
        <translation>الأماكن داخل الممر</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="46"/>
        <source>The chart could not be written to {path}.</source>
        <translation>تعذّرت كتابة المخطط في {path}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Chart of the counts&lt;/b&gt; (optional): a PNG bar chart, per scenario, of the incidents inside, in the patrol stretch and in the window, and the places inside.</source>
        <translation>&lt;b&gt;مخطط الأعداد&lt;/b&gt; (اختياري): مخطط أعمدة PNG، لكل سيناريو، للحوادث داخل الممر وفي مقطع الدورية وفي النافذة، والأماكن داخل الممر.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>Chart of the counts</source>
        <translation>مخطط الأعداد</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>PNG files (*.png)</source>
        <translation>ملفات PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="318"/>
        <source>Could not rename the table {table} of {path} to {name}: {error}</source>
        <translation>تعذّرت إعادة تسمية الجدول {table} في {path} إلى {name}: {error}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../build/i18n/core_messages.py" line="3"/>
        <source>No road features were given: select the road&apos;s line features.</source>
        <translation>لم تُقدَّم أي معالم للطريق: حدد المعالم الخطية للطريق.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="4"/>
        <source>The gap tolerance</source>
        <translation>تسامح الفجوات</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="5"/>
        <source>{labels} labels were given for {count} road features; give one per feature.</source>
        <translation>عدد التسميات المقدَّمة ({labels}) لا يطابق عدد معالم الطريق ({count})؛ قدّم تسمية واحدة لكل معلم.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="6"/>
        <source>{name} must be a number of metres, 0 or more; got {value}.</source>
        <translation>يجب أن يكون {name} عدداً من الأمتار، 0 أو أكثر؛ والقيمة المعطاة {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="8"/>
        <source>Road {label} has no geometry; fix it or leave it out.</source>
        <translation>جزء الطريق ({label}) ليس له هندسة؛ أصلحه أو استبعده.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="9"/>
        <source>Road {label} is a {kind}, not a geometry; the road must be made of lines.</source>
        <translation>جزء الطريق ({label}) من النوع {kind}، وليس هندسة؛ يجب أن يتكوّن الطريق من خطوط.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="10"/>
        <source>Road {label} is a {kind}; the road must be made of lines. Choose a line layer.</source>
        <translation>جزء الطريق ({label}) من النوع {kind}؛ يجب أن يتكوّن الطريق من خطوط. اختر طبقة خطية.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="11"/>
        <source>Road {label} has missing or NaN coordinates; fix it.</source>
        <translation>جزء الطريق ({label}) فيه إحداثيات مفقودة أو NaN؛ أصلحه.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="7"/>
        <source>Road {label}</source>
        <translation>جزء الطريق ({label})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="12"/>
        <source>The route start</source>
        <translation>بداية المسار</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="13"/>
        <source>The route end</source>
        <translation>نهاية المسار</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="14"/>
        <source>The route&apos;s two ends fall on the same point of the road; choose two different places.</source>
        <translation>يقع طرفا المسار على النقطة نفسها من الطريق؛ اختر مكانين مختلفين.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="15"/>
        <source>The road is a closed loop with no dead ends, so its ends are not known: name the route&apos;s two ends.</source>
        <translation>الطريق حلقة مغلقة بلا نهايات مسدودة، لذا فطرفاه غير معروفين: حدد طرفي المسار.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="16"/>
        <source>The route&apos;s ends must be two points, ((lon, lat), (lon, lat)).</source>
        <translation>يجب أن يكون طرفا المسار نقطتين، ((lon, lat), (lon, lat)).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="17"/>
        <source>The route&apos;s ends {ends} are not WGS84 longitude/latitude; check them.</source>
        <translation>طرفا المسار {ends} ليسا بإحداثيات خط الطول/دائرة العرض في WGS84؛ تحقق منهما.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="18"/>
        <source>There are {categories} categories for {incidents} incidents: give one category per incident.</source>
        <translation>عدد الفئات ({categories}) لا يطابق عدد الحوادث ({incidents}): قدّم فئة واحدة لكل حادثة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="19"/>
        <source>The left width</source>
        <translation>العرض الأيسر</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="20"/>
        <source>The right width</source>
        <translation>العرض الأيمن</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="21"/>
        <source>{name} of {value:g} m is under {min_m:g} m; use 0 for no corridor on that side, or at least {min_m:g} m.</source>
        <translation>{name} البالغ {value:g} م أقل من {min_m:g} م؛ استخدم 0 لعدم إنشاء ممر على تلك الجهة، أو {min_m:g} م على الأقل.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="22"/>
        <source>{name} of {value_km:g} km is over the limit of {max_km:g} km, the widest corridor this plugin keeps within 1 m of its true width; check the units (metres).</source>
        <translation>{name} البالغ {value_km:g} كم يتجاوز الحد الأقصى البالغ {max_km:g} كم، وهو أعرض ممر تُبقيه هذه الإضافة ضمن 1 م من عرضه الحقيقي؛ تحقق من الوحدات (الأمتار).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="23"/>
        <source>Both widths are 0: give at least one side a width.</source>
        <translation>كلا العرضين 0: حدد عرضاً لجهة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="24"/>
        <source>Unknown end style &apos;{end_cap}&apos;; use one of {styles}.</source>
        <translation>نمط الأطراف «{end_cap}» غير معروف؛ استخدم أحد الأنماط التالية: {styles}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="25"/>
        <source>The corridor stretch km {start:g} to km {end:g} must lie within the route (km 0 to {length_km:.3f}) with its start before its end.</source>
        <translation>يجب أن يقع مقطع الممر من الكيلومتر {start:g} إلى الكيلومتر {end:g} ضمن المسار (من الكيلومتر 0 إلى {length_km:.3f})، وأن تسبق بدايته نهايته.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="26"/>
        <source>feature {id}: {value}</source>
        <translation>المعلم {id}: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="27"/>
        <source>Dates like {value} read differently by country (day/month/year in most of the world, month/day/year in the United States): give the date format, e.g. %d/%m/%Y or %m/%d/%Y.</source>
        <translation>التواريخ مثل {value} تُقرأ بشكل مختلف حسب البلد (يوم/شهر/سنة في معظم أنحاء العالم، وشهر/يوم/سنة في الولايات المتحدة): حدد تنسيق التاريخ، مثل %d/%m/%Y أو %m/%d/%Y.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="28"/>
        <source>The date window ends ({end}) before or on the day it starts ({start}); the end day is not counted: give an end after the start.</source>
        <translation>تنتهي النافذة الزمنية ({end}) قبل يوم بدايتها ({start}) أو فيه؛ ويوم النهاية غير محتسب: حدد نهاية بعد البداية.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="29"/>
        <source>The window&apos;s {name} {value} is not a date; give a day such as 2020-03-15.</source>
        <translation>قيمة {name} للنافذة الزمنية، {value}، ليست تاريخاً؛ أدخل يوماً مثل 2020-03-15.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="30"/>
        <source>The date format {date_format} has no strptime codes; use e.g. %d/%m/%Y.</source>
        <translation>تنسيق التاريخ {date_format} لا يحتوي على رموز strptime؛ استخدم مثلاً %d/%m/%Y.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="31"/>
        <source>The date format {date_format} is not a valid strptime format ({error}).</source>
        <translation>تنسيق التاريخ {date_format} ليس تنسيق strptime صالحاً ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="32"/>
        <source>Road {label} is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>جزء الطريق ({label}) خط من نقطة واحدة: يحتاج الطريق إلى نقطتين متباعدتين؛ أصلحه أو ألغِ تحديده.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="33"/>
        <source>Road {label} is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>جزء الطريق ({label}) خط طوله صفر (كل نقاطه في موضع واحد): يحتاج الطريق إلى نقطتين متباعدتين؛ أصلحه أو ألغِ تحديده.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="34"/>
        <source>Road {label} has a part that is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>جزء الطريق ({label}) يحتوي على جزء فرعي هو خط من نقطة واحدة: يحتاج الطريق إلى نقطتين متباعدتين؛ أصلحه أو ألغِ تحديده.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="35"/>
        <source>Road {label} has a part that is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>جزء الطريق ({label}) يحتوي على جزء فرعي هو خط طوله صفر (كل نقاطه في موضع واحد): يحتاج الطريق إلى نقطتين متباعدتين؛ أصلحه أو ألغِ تحديده.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="36"/>
        <source>The road has a gap of {width_m:.{digits}f} m near {lon:.5f}, {lat:.5f} (between {first} and {second}), wider than the gap tolerance of {tolerance_m:.{digits}f} m. Select the missing road features, raise the gap tolerance, or choose to bridge all gaps.</source>
        <translation>في الطريق فجوة عرضها {width_m:.{digits}f} م قرب {lon:.5f}, {lat:.5f} (بين {first} و{second})، وهي أعرض من تسامح الفجوات البالغ {tolerance_m:.{digits}f} م. حدد معالم الطريق الناقصة، أو ارفع تسامح الفجوات، أو اختر سدّ كل الفجوات.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="37"/>
        <source>{name} is {distance_km:.2f} km from the road, farther than the snap tolerance of {tolerance_km:.2f} km. Check that the right place and road are chosen, or raise the snap tolerance.</source>
        <translation>{name} على بُعد {distance_km:.2f} كم من الطريق، أي أبعد من تسامح الالتقاط البالغ {tolerance_km:.2f} كم. تحقق من اختيار المكان والطريق الصحيحين، أو ارفع تسامح الالتقاط.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="38"/>
        <source>{labels} and {more} more</source>
        <translation>{labels} و{more} غيرها</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="39"/>
        <source>{left_out_km:.2f} km of the selected road ({named}) is not on the route of {route_km:.2f} km and lies up to {farthest_km:.2f} km from it, so the corridor would leave it out. For a ring road, name the route&apos;s two ends (the route then runs between them); otherwise select only the road you mean, or choose to leave the rest out.</source>
        <translation>{left_out_km:.2f} كم من الطريق المحدد ({named}) لا تقع على المسار البالغ طوله {route_km:.2f} كم، وتبعد عنه حتى {farthest_km:.2f} كم، لذا سيستبعدها الممر. لطريق دائري، حدد طرفي المسار (فيمتد المسار بينهما)؛ وإلا فحدد الطريق المقصود فقط، أو اختر استبعاد الباقي.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="40"/>
        <source>Corridor specification, field &apos;{field}&apos;: {problem}</source>
        <translation>مواصفات الممر، الحقل «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="41"/>
        <source>The incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="42"/>
        <source>parts_of must give an incident number for each of the {size} points.</source>
        <translation>يجب أن يعطي parts_of رقم حادثة لكل نقطة من النقاط البالغ عددها {size}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="43"/>
        <source>parts_of must number the incidents 0, 1, 2, ... in order, each with at least one point.</source>
        <translation>يجب أن يرقّم parts_of الحوادث 0, 1, 2, ... بالترتيب، ولكل منها نقطة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="44"/>
        <source>A date window needs the incidents&apos; dates: choose the date field.</source>
        <translation>تتطلب النافذة الزمنية تواريخ الحوادث: اختر حقل التاريخ.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="45"/>
        <source>There are {dates} dates for {size} incidents: give one date per incident.</source>
        <translation>عدد التواريخ ({dates}) لا يطابق عدد الحوادث ({size}): قدّم تاريخاً واحداً لكل حادثة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="46"/>
        <source>{what} has missing coordinates, or ones that cannot be converted to WGS84; fix them, or check the layer&apos;s CRS.</source>
        <translation>{what}: إحداثيات مفقودة، أو يتعذّر تحويلها إلى WGS84؛ أصلحها، أو تحقق من نظام الإحداثيات المرجعي للطبقة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="47"/>
        <source>{what} has coordinates outside longitude -180..180 / latitude -90..90 after conversion to WGS84; check the layer&apos;s CRS.</source>
        <translation>{what}: إحداثيات خارج نطاق خط الطول -180..180 / دائرة العرض -90..90 بعد التحويل إلى WGS84؛ تحقق من نظام الإحداثيات المرجعي للطبقة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="48"/>
        <source>The points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="49"/>
        <source>{what}&apos; coordinates must be numbers of degrees ({error}).</source>
        <translation>يجب أن تكون إحداثيات {what} أعداداً بالدرجات ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="50"/>
        <source>{what} have {longitudes} longitudes and {latitudes} latitudes: give one of each per point.</source>
        <translation>{what}: عدد قيم خط الطول ({longitudes}) لا يساوي عدد قيم دائرة العرض ({latitudes}): قدّم قيمة واحدة من كل منهما لكل نقطة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="51"/>
        <source>The road turns back on itself, so its two sides cannot be told apart and unequal widths cannot be applied. Check the selected road parts (one carriageway only, no loops) or use equal widths.</source>
        <translation>ينعطف الطريق عائداً على نفسه، فلا يمكن التمييز بين جهتيه ولا تطبيق عرضين غير متساويين. تحقق من أجزاء الطريق المحددة (مسرب واحد فقط من الطريق المزدوج، بلا حلقات) أو استخدم عرضين متساويين.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="58"/>
        <source>{name}&apos;s {axis} must be a number of degrees, got {value}.</source>
        <translation>يجب أن تكون قيمة {axis} لـ {name} عدداً بالدرجات، والقيمة المعطاة {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="59"/>
        <source>{name} has missing or NaN coordinates.</source>
        <translation>{name}: إحداثيات مفقودة أو NaN.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="60"/>
        <source>{name} has coordinates {lon}, {lat} outside WGS84 longitude/latitude ranges; check the layer&apos;s CRS.</source>
        <translation>{name}: الإحداثيات {lon}, {lat} خارج نطاقات خط الطول/دائرة العرض في WGS84؛ تحقق من نظام الإحداثيات المرجعي للطبقة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="61"/>
        <source>The snap tolerance must be more than 0 m.</source>
        <translation>يجب أن يكون تسامح الالتقاط أكبر من 0 م.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="62"/>
        <source>{start} and {end} fall on the same point of the road (km {km:.3f}); choose two different places.</source>
        <translation>يقع {start} و{end} على النقطة نفسها من الطريق (الكيلومتر {km:.3f})؛ اختر مكانين مختلفين.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="63"/>
        <source>The checkpoint interval must be more than 0 km.</source>
        <translation>يجب أن يكون فاصل نقاط التفتيش أكبر من 0 كم.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="64"/>
        <source>A checkpoint every {interval_km:g} km makes {count:,.0f} checkpoints on the {length_km:.1f} km patrol; the most is {most:,}: give a longer interval (at least {shortest_km:.3g} km).</source>
        <translation>وضع نقطة تفتيش كل {interval_km:g} كم ينتج عنه {count:,.0f} من نقاط التفتيش على الدورية البالغ طولها {length_km:.1f} كم؛ والحد الأقصى {most:,}: حدد فاصلاً أطول ({shortest_km:.3g} كم على الأقل).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="69"/>
        <source>corridors across the antimeridian are not supported, because a polygon in longitude/latitude cannot wrap from 180° to -180°.</source>
        <translation>الممرات العابرة لخط الطول 180° غير مدعومة، لأن المضلع بإحداثيات الطول/العرض لا يمكنه الالتفاف من 180° إلى -180°.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="70"/>
        <source>the North Pole</source>
        <translation>القطب الشمالي</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="71"/>
        <source>the South Pole</source>
        <translation>القطب الجنوبي</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="72"/>
        <source>The road comes within {distance_km:.1f} km of {pole} near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): corridors near a pole are not supported, because a polygon in longitude/latitude cannot surround a pole, and within {clearance_km:.0f} km of one its straight edges stray from the true outline. With a width of {width_km:g} km the road must stay at least {limit_km:.1f} km from the pole.</source>
        <translation>يقترب الطريق حتى {distance_km:.1f} كم من {pole} قرب {lon:.5f}, {lat:.5f} (الكيلومتر {route_km:.1f} من المسار): الممرات القريبة من القطبين غير مدعومة، لأن المضلع بإحداثيات الطول/العرض لا يمكنه أن يحيط بقطب، وضمن {clearance_km:.0f} كم من القطب تحيد أضلاعه المستقيمة عن الحدود الحقيقية. بعرض {width_km:g} كم يجب أن يبقى الطريق على بُعد {limit_km:.1f} كم على الأقل من القطب.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="73"/>
        <source>The road crosses the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): {why} Split the road at 180° and build each side separately, each ending at least {short_km:.2f} km short of the meridian (a corridor cannot reach it either).</source>
        <translation>يعبر الطريق خط الطول 180° قرب {lon:.5f}, {lat:.5f} (الكيلومتر {route_km:.1f} من المسار): {why} قسّم الطريق عند 180° وابنِ كل جانب على حدة، بحيث ينتهي كل منهما قبل خط الطول 180° بما لا يقل عن {short_km:.2f} كم (فالممر أيضاً لا يمكنه بلوغه).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="74"/>
        <source>Narrow the {side} side to under {narrower_km:.2f} km there, so that the corridor stops short of 180°.</source>
        <translation>قلّص عرض جهة {side} هناك إلى أقل من {narrower_km:.2f} كم، ليتوقف الممر قبل 180°.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="75"/>
        <source>The road itself runs too close to 180° there: build the corridor on a stretch that stays at least {clear_km:.2f} km from the meridian.</source>
        <translation>الطريق نفسه يمر قريباً جداً من 180° هناك: ابنِ الممر على مقطع يبقى على بُعد {clear_km:.2f} كم على الأقل من خط الطول 180°.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="76"/>
        <source>The corridor would cross the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route), where the road is {distance_km:.2f} km from the meridian and the {side} side is {width_km:g} km wide: {why} {fix}</source>
        <translation>سيعبر الممر خط الطول 180° قرب {lon:.5f}, {lat:.5f} (الكيلومتر {route_km:.1f} من المسار)، حيث يبعد الطريق {distance_km:.2f} كم عن خط الطول هذا ويبلغ عرض جهة {side} {width_km:g} كم: {why} {fix}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="77"/>
        <source>The route&apos;s two ends are not connected by the road.</source>
        <translation>طرفا المسار غير متصلين عبر الطريق.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="82"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways); bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>الأجزاء المستخدمة: {used} من أصل {total}؛ الأجزاء المستبعدة: {left_out} ({left_out_km:.2f} كم من الطريق: تفرعات، مسارب ثانية)؛ الفجوات المسدودة: {bridged} (أعرضها {widest_m:.0f} م)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="83"/>
        <source>{used} of {total} parts used; bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>الأجزاء المستخدمة: {used} من أصل {total}؛ الفجوات المسدودة: {bridged} (أعرضها {widest_m:.0f} م)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="84"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways)</source>
        <translation>الأجزاء المستخدمة: {used} من أصل {total}؛ الأجزاء المستبعدة: {left_out} ({left_out_km:.2f} كم من الطريق: تفرعات، مسارب ثانية)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="85"/>
        <source>{used} of {total} parts used</source>
        <translation>الأجزاء المستخدمة: {used} من أصل {total}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="86"/>
        <source>The route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="87"/>
        <source>The route has fewer than two distinct points.</source>
        <translation>المسار فيه أقل من نقطتين متمايزتين.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="88"/>
        <source>The stretch from km {start_km:.3f} to km {end_km:.3f} has no length; choose two different points.</source>
        <translation>المقطع من الكيلومتر {start_km:.3f} إلى الكيلومتر {end_km:.3f} ليس له طول؛ اختر نقطتين مختلفتين.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="111"/>
        <source>must be a JSON object with the parameters, got {value}</source>
        <translation>يجب أن يكون كائن JSON يحتوي على المعاملات، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="112"/>
        <source>must be &apos;{format}&apos;</source>
        <translation>يجب أن يكون «{format}»</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="108"/>
        <source>version {version} is not supported (expected {expected})</source>
        <translation>الإصدار {version} غير مدعوم (المتوقع {expected})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="113"/>
        <source>unknown field; known fields are {known}</source>
        <translation>حقل غير معروف؛ الحقول المعروفة هي {known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="114"/>
        <source>must be a number, got {value}</source>
        <translation>يجب أن يكون عدداً، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="115"/>
        <source>must be a number of ordinary size, got {value}</source>
        <translation>يجب أن يكون عدداً بحجم معتاد، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="116"/>
        <source>must be more than {low:g}, got {value}</source>
        <translation>يجب أن يكون أكبر من {low:g}، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="117"/>
        <source>must be {low:g} or more, got {value}</source>
        <translation>يجب أن يكون {low:g} أو أكثر، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="118"/>
        <source>must be at most {high:g}, got {value}</source>
        <translation>يجب ألا يتجاوز {high:g}، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="119"/>
        <source>must be true or false, got {value}</source>
        <translation>يجب أن يكون true أو false، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="120"/>
        <source>must be a date as text (YYYY-MM-DD), got {value}</source>
        <translation>يجب أن يكون تاريخاً نصياً (YYYY-MM-DD)، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="121"/>
        <source>must be a date YYYY-MM-DD, got {value}</source>
        <translation>يجب أن يكون تاريخاً بالصيغة YYYY-MM-DD، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="122"/>
        <source>must be an object with exactly name, lon and lat</source>
        <translation>يجب أن يكون كائناً يحتوي على name و lon و lat بالضبط</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="96"/>
        <source>must be a non-empty text, got {value}</source>
        <translation>يجب أن يكون نصاً غير فارغ، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="97"/>
        <source>must be at most {limit} characters, got {value}</source>
        <translation>يجب ألا يتجاوز {limit} حرفاً، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="98"/>
        <source>holds a character that is not text, got {value}</source>
        <translation>يحتوي على محرف ليس نصياً، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="123"/>
        <source>must be 0 or at least {min_m:g} m, got {value}</source>
        <translation>يجب أن يكون 0 أو {min_m:g} م على الأقل، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="124"/>
        <source>both widths are 0; give at least one side a width</source>
        <translation>كلا العرضين 0؛ حدد عرضاً لجهة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="125"/>
        <source>must be one of {styles}, got {value}</source>
        <translation>يجب أن يكون أحد {styles}، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="126"/>
        <source>must be more than from_km ({from_km:g}), got {to_km:g}</source>
        <translation>يجب أن يكون أكبر من from_km ({from_km:g})، والقيمة المعطاة {to_km:g}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="127"/>
        <source>is true, so patrol_start and patrol_end must both be given</source>
        <translation>قيمته true، لذا يجب تقديم patrol_start و patrol_end كليهما</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="128"/>
        <source>must be a place with name, lon and lat</source>
        <translation>يجب أن يكون مكاناً له name و lon و lat</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="129"/>
        <source>must be text with strptime codes like %d/%m/%Y, got {value}</source>
        <translation>يجب أن يكون نصاً برموز strptime مثل %d/%m/%Y، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="130"/>
        <source>must be after date_from ({date_from}), got {date_to}</source>
        <translation>يجب أن يكون بعد date_from ({date_from})، والقيمة المعطاة {date_to}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="131"/>
        <source>the file is empty. Choose the .json file saved from the dock.</source>
        <translation>الملف فارغ. اختر ملف JSON المحفوظ من اللوحة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="132"/>
        <source>not valid JSON ({error}); correct the file, or save the parameters again from the dock.</source>
        <translation>ليس JSON صالحاً ({error})؛ صحّح الملف، أو احفظ المعاملات مجدداً من اللوحة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="133"/>
        <source>lists or objects are nested more than {levels} levels deep; a parameter is one number, text or place.</source>
        <translation>القوائم أو الكائنات متداخلة بعمق يتجاوز {levels} من المستويات؛ المعامل الواحد عدد أو نص أو مكان.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="134"/>
        <source>cannot read {path}: {reason}. Check the path and that the file may be read.</source>
        <translation>تعذّرت قراءة {path}: {reason}. تحقق من المسار ومن أن الملف قابل للقراءة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="135"/>
        <source>{path} is {size:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>حجم {path} هو {size:,} بايت، وهو أكبر من الحد البالغ {limit:,} بايت (1 ميغابايت)؛ وملف المعاملات المحفوظ أصغر من 2 كيلوبايت، لذا فهذا على الأرجح ليس ملف معاملات. اختر ملف JSON المحفوظ من اللوحة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="136"/>
        <source>{path} is more than {limit:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>حجم {path} يزيد على {limit:,} بايت، أي يتجاوز الحد البالغ {limit:,} بايت (1 ميغابايت)؛ وملف المعاملات المحفوظ أصغر من 2 كيلوبايت، لذا فهذا على الأرجح ليس ملف معاملات. اختر ملف JSON المحفوظ من اللوحة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="137"/>
        <source>the file holds bytes of value 0 (the first at byte offset {offset:,}), which JSON text never has: it is probably UTF-16 text without a byte order mark, or not text at all. Save it again as UTF-8.</source>
        <translation>يحتوي الملف على بايتات قيمتها 0 (أولها عند الإزاحة {offset:,} بايت)، وهو ما لا يحتوي عليه نص JSON أبداً: فالأرجح أنه نص UTF-16 دون علامة ترتيب البايتات (BOM)، أو ليس نصاً أصلاً. احفظه مجدداً بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="138"/>
        <source>the file is not UTF-8 text: the byte 0x{byte:02X} at byte offset {offset:,} (line {line}) is not UTF-8. Save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8).</source>
        <translation>الملف ليس نصاً بترميز UTF-8: البايت 0x{byte:02X} عند الإزاحة {offset:,} (السطر {line}) ليس UTF-8 صالحاً. احفظه مجدداً بترميز UTF-8 (في المفكرة Notepad: حفظ باسم، ثم الترميز UTF-8).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="139"/>
        <source>the file begins as {encoding} text but is not: the byte 0x{byte:02X} at byte offset {offset:,} cannot be read. Save it again as UTF-8.</source>
        <translation>يبدأ الملف كنص {encoding} لكنه ليس كذلك: تتعذّر قراءة البايت 0x{byte:02X} عند الإزاحة {offset:,}. احفظه مجدداً بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="140"/>
        <source>must be a finite number, got {value}</source>
        <translation>يجب أن يكون عدداً منتهياً، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="141"/>
        <source>west to east</source>
        <translation>من الغرب إلى الشرق</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="142"/>
        <source>east to west</source>
        <translation>من الشرق إلى الغرب</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="143"/>
        <source>south to north</source>
        <translation>من الجنوب إلى الشمال</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="144"/>
        <source>north to south</source>
        <translation>من الشمال إلى الجنوب</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="145"/>
        <source>There are {points} incident points for {incidents} flagged incidents: give one point per incident.</source>
        <translation>عدد نقاط الحوادث ({points}) لا يطابق عدد الحوادث الموسومة ({incidents}): قدّم نقطة واحدة لكل حادثة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="146"/>
        <source>There are {kinds} kinds for {incidents} incidents: give one kind per incident.</source>
        <translation>عدد الأنواع ({kinds}) لا يطابق عدد الحوادث ({incidents}): قدّم نوعاً واحداً لكل حادثة.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="147"/>
        <source>along the route</source>
        <translation>على امتداد المسار</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="148"/>
        <source>km along the route ({direction})</source>
        <translation>الكيلومتر على امتداد المسار ({direction})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="149"/>
        <source>Incidents along the route</source>
        <translation>الحوادث على امتداد المسار</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="150"/>
        <source>km from {start} towards {end}</source>
        <translation>الكيلومتر من {start} باتجاه {end}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="151"/>
        <source>Incidents along the patrol {start} → {end}</source>
        <translation>الحوادث على امتداد الدورية {start} ← {end}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="152"/>
        <source>{upper} ↑ / {lower} ↓ (km from the road)</source>
        <translation>{upper} ↑ / {lower} ↓ (كم من الطريق)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="153"/>
        <source>The corridor outline is invalid ({reason}).</source>
        <translation>حدود الممر غير صالحة ({reason}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="154"/>
        <source>The corridor outline has no area; check the road and the widths.</source>
        <translation>حدود الممر ليس لها مساحة؛ تحقق من الطريق والعروض.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="155"/>
        <source>The corridor&apos;s outline is {error_m:.2f} m off its width near {lon:.5f}, {lat:.5f} (km {km:.1f} of the route); this should not happen, please report it with the road used.</source>
        <translation>حدود الممر تحيد {error_m:.2f} م عن عرضه قرب {lon:.5f}, {lat:.5f} (الكيلومتر {km:.1f} من المسار)؛ لا ينبغي أن يحدث هذا، يُرجى الإبلاغ عنه مع الطريق المستخدم.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="78"/>
        <source>north</source>
        <translation>الشمال</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="79"/>
        <source>south</source>
        <translation>الجنوب</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="80"/>
        <source>east</source>
        <translation>الشرق</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="81"/>
        <source>west</source>
        <translation>الغرب</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="52"/>
        <source>The page length must be more than 0 km.</source>
        <translation>يجب أن يكون طول الصفحة أكبر من 0 كم.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="53"/>
        <source>The overlap ({overlap_km:g} km) must be at least 0 km and less than the page length ({page_km:g} km).</source>
        <translation>يجب أن يكون التداخل ({overlap_km:g} كم) 0 كم على الأقل وأقل من طول الصفحة ({page_km:g} كم).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="54"/>
        <source>Pages of {page_km:g} km make {count:,} pages of the {length_km:.1f} km patrol; the most is {most:,}: give longer pages.</source>
        <translation>الصفحات بطول {page_km:g} كم تجعل الدورية البالغة {length_km:.1f} كم في {count:,} صفحة؛ والحد الأقصى {most:,}: حدد صفحات أطول.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="55"/>
        <source>{width_km:.0f} km by {height_km:.0f} km do not fit a map at 1:{scale:,}.</source>
        <translation>لا تتسع خريطة بمقياس 1:{scale:,} لمساحة {width_km:.0f} كم × {height_km:.0f} كم.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="56"/>
        <source>The scale must be more than 0 (0 to choose it).</source>
        <translation>يجب أن يكون المقياس أكبر من 0 (0 لاختياره تلقائياً).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="57"/>
        <source>The km tick interval must be more than 0 km.</source>
        <translation>يجب أن يكون الفاصل بين علامات الكيلومترات أكبر من 0 كم.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="65"/>
        <source>The places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="66"/>
        <source>The margin must be a number of metres, 0 or more; got {value}.</source>
        <translation>يجب أن يكون الهامش عدداً من الأمتار، 0 أو أكثر؛ والقيمة المعطاة {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="67"/>
        <source>The section length must be more than 0 km; got {value}.</source>
        <translation>يجب أن يكون طول القسم أكبر من 0 كم؛ والقيمة المعطاة {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="68"/>
        <source>The name field {field} has {count} values for {size} places: give one per place.</source>
        <translation>لحقل الاسم {field} عدد {count} من القيم لعدد {size} من الأماكن: حدد قيمة واحدة لكل مكان.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="89"/>
        <source>Scenario file, field &apos;{field}&apos;: {problem}</source>
        <translation>ملف السيناريوهات، الحقل «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="90"/>
        <source>Scenario {number}, field &apos;{field}&apos;: {problem}</source>
        <translation>السيناريو {number}، الحقل «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="91"/>
        <source>Scenario &apos;{scenario}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>السيناريو «{scenario}»، الحقل «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="92"/>
        <source>must be a corridor specification</source>
        <translation>يجب أن يكون مواصفات ممر</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="93"/>
        <source>{given} is given, so this must be too</source>
        <translation>حُدِّد {given}، فيجب تحديد هذا أيضاً</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="94"/>
        <source>must be a JSON object with a name and parameters, got {value}</source>
        <translation>يجب أن يكون كائن JSON له name و parameters، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="95"/>
        <source>unknown field; a scenario&apos;s fields are name, {known}</source>
        <translation>حقل غير معروف؛ حقول السيناريو هي name و{known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="99"/>
        <source>A scenario, field &apos;name&apos;: {problem}</source>
        <translation>سيناريو، الحقل «name»: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="100"/>
        <source>the road&apos;s route is the same for every scenario; set this with the road, not in a scenario</source>
        <translation>مسار الطريق واحد لكل السيناريوهات؛ حدد هذا مع الطريق، لا في سيناريو</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="101"/>
        <source>must list at least one scenario</source>
        <translation>يجب أن يتضمن سيناريو واحداً على الأقل</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="102"/>
        <source>lists {count} scenarios; the most is {most}</source>
        <translation>يتضمن {count} سيناريو؛ والحد الأقصى {most}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="103"/>
        <source>must be a scenario</source>
        <translation>يجب أن يكون سيناريو</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="104"/>
        <source>scenario {first} has this name too; give each scenario its own name</source>
        <translation>للسيناريو {first} هذا الاسم أيضاً؛ أعطِ كل سيناريو اسماً خاصاً به</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="105"/>
        <source>must be a JSON object with the scenarios, got {value}</source>
        <translation>يجب أن يكون كائن JSON يتضمن السيناريوهات، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="106"/>
        <source>unknown field; known fields are format, version, scenarios</source>
        <translation>حقل غير معروف؛ الحقول المعروفة هي format و version و scenarios</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="107"/>
        <source>must be &apos;{format}&apos;, got {value}</source>
        <translation>يجب أن يكون «{format}»، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="109"/>
        <source>must be a list of scenarios, got {value}</source>
        <translation>يجب أن يكون قائمة سيناريوهات، والقيمة المعطاة {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="110"/>
        <source>Scenario &apos;{scenario}&apos;: {problem}</source>
        <translation>السيناريو «{scenario}»: {problem}</translation>
    </message>
</context>
</TS>
