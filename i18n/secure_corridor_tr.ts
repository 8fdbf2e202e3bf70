<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="46"/>
        <source>Corridor, patrol stretch and incident flags along a road</source>
        <translation>Yol boyunca koridor, devriye kesimi ve olay işaretleme</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="65"/>
        <source>inside the patrol stretch</source>
        <translation>devriye kesiminde</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="66"/>
        <source>inside the corridor</source>
        <translation>koridor içinde</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="67"/>
        <source>outside the corridor</source>
        <translation>koridor dışında</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="73"/>
        <source>other kinds</source>
        <translation>diğer türler</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="704"/>
        <source>outside the date window</source>
        <translation>tarih aralığı dışında</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="289"/>
        <source>patrol stretch</source>
        <translation>devriye kesimi</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="290"/>
        <source>corridor edge</source>
        <translation>koridor sınırı</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="292"/>
        <source>{count} without a location (not shown)</source>
        <translation>{count} konumsuz (gösterilmiyor)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="377"/>
        <source>{km} km {side}</source>
        <translation>{side} yönünde {km} km</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="21"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="644"/>
        <source>Hover over an incident for its km and distance from the road.</source>
        <translation>Bir olayın km'sini ve yola uzaklığını görmek için imleci üzerine getirin.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="669"/>
        <source>Flag incidents to see them here, by km along the road and distance from it.</source>
        <translation>Olayları burada yol boyunca km'ye ve yola uzaklığa göre görmek için önce olayları işaretleyin.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="695"/>
        <source>km {km:.1f}, {distance:.1f} km {side}</source>
        <translation>km {km:.1f}, {side} yönünde {distance:.1f} km</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="699"/>
        <source>km {km:.1f}, on the road</source>
        <translation>km {km:.1f}, yol üzerinde</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="705"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>Save strip chart</source>
        <translation>Şerit grafiği kaydet</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG görüntüsü (*.png);;SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Secure Corridor</source>
        <translation>Secure Corridor</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Could not save the strip chart: {error}</source>
        <translation>Şerit grafik kaydedilemedi: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>Choose the road&apos;s line layer under Road.</source>
        <translation>Yol bölümünde yolun çizgi katmanını seçin.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="209"/>
        <source>{error} Under Road: tick &apos;Between the patrol ends&apos; to run the route between them, or &apos;Leave out road off the route&apos;.</source>
        <translation>{error} Yol bölümünde: güzergâhı devriye uçları arasında geçirmek için 'Devriye uçları arasında' seçeneğini ya da 'Güzergâh dışındaki yolu dışarıda bırak' seçeneğini işaretleyin.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="240"/>
        <source>The route runs between the patrol ends (under Road), but they are not both chosen: choose them under Patrol, or untick &apos;Between the patrol ends&apos;.</source>
        <translation>Güzergâh devriye uçları arasında geçecek şekilde ayarlı (Yol bölümünde), ancak iki uç birden seçilmemiş: uçları Devriye bölümünde seçin ya da 'Devriye uçları arasında' işaretini kaldırın.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route start</source>
        <translation>Güzergâh başlangıcı</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route end</source>
        <translation>Güzergâh sonu</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="265"/>
        <source>route</source>
        <translation>güzergâh</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="270"/>
        <source>assembling the route</source>
        <translation>güzergâhın birleştirilmesi</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="285"/>
        <source>corridor</source>
        <translation>koridor</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="291"/>
        <source>building the corridor</source>
        <translation>koridorun oluşturulması</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>Choose where the patrol starts: type a place name or pick a point on the map.</source>
        <translation>Devriyenin başladığı yeri seçin: bir yer adı yazın ya da haritada bir nokta seçin.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="298"/>
        <source>Choose where the patrol ends: type a place name or pick a point on the map.</source>
        <translation>Devriyenin bittiği yeri seçin: bir yer adı yazın ya da haritada bir nokta seçin.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="309"/>
        <source>patrol</source>
        <translation>devriye</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="313"/>
        <source>checkpoints</source>
        <translation>kontrol noktaları</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="317"/>
        <source>building the patrol</source>
        <translation>devriyenin oluşturulması</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="65"/>
        <source>Choose the incidents&apos; point layer under Incidents.</source>
        <translation>Olaylar bölümünde olayların nokta katmanını seçin.</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="74"/>
        <source>{layer} flagged</source>
        <translation>{layer} işaretlendi</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="59"/>
        <source>flagging incidents</source>
        <translation>olayların işaretlenmesi</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="338"/>
        <source>Click the road on the map (right click or Esc to cancel).</source>
        <translation>Haritada yolun üzerine tıklayın (iptal için sağ tık veya Esc).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="370"/>
        <source>Save corridor parameters</source>
        <translation>Koridor parametrelerini kaydet</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="376"/>
        <source>saving the parameters</source>
        <translation>parametrelerin kaydedilmesi</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="378"/>
        <source>Parameters saved to {path}.</source>
        <translation>Parametreler kaydedildi: {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="392"/>
        <source>There are no results to save yet: build the corridor first.</source>
        <translation>Henüz kaydedilecek sonuç yok: önce koridoru oluşturun.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>Save results</source>
        <translation>Sonuçları kaydet</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="139"/>
        <source>saving the results</source>
        <translation>sonuçların kaydedilmesi</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="405"/>
        <source>Results saved to {path}: {names}.</source>
        <translation>Sonuçlar {path} dosyasına kaydedildi: {names}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Load corridor parameters</source>
        <translation>Koridor parametrelerini yükle</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>loading the parameters</source>
        <translation>parametrelerin yüklenmesi</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="427"/>
        <source>Parameters loaded from {path}: the same as before.</source>
        <translation>Parametreler {path} dosyasından yüklendi: öncekilerle aynı.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="434"/>
        <source>Parameters loaded from {path}.</source>
        <translation>Parametreler {path} dosyasından yüklendi.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="436"/>
        <source>The {count} result layers on the map were built with the earlier ones and are marked &apos;{mark}&apos;: build again to update them.</source>
        <translation>Haritadaki {count} sonuç katmanı önceki parametrelerle oluşturuldu ve '{mark}' olarak işaretlendi: güncellemek için yeniden oluşturun.</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="21"/>
        <source>Map point at km {km:.1f}</source>
        <translation>km {km:.1f} konumundaki harita noktası</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="64"/>
        <source>Click to pick km {km:.1f} of the route ({distance:.2f} km from the pointer).</source>
        <translation>Güzergâhın km {km:.1f} noktasını seçmek için tıklayın (imleçten {distance:.2f} km uzakta).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="32"/>
        <source>Details…</source>
        <translation>Ayrıntılar…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="34"/>
        <source>On map</source>
        <translation>Haritada</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="35"/>
        <source>Click the road on the map; the point snaps to the route.</source>
        <translation>Haritada yolun üzerine tıklayın; nokta güzergâha yakalanır.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="37"/>
        <source>The places whose names match, with their longitude and latitude.</source>
        <translation>Adı eşleşen yerler, boylam ve enlemleriyle.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="72"/>
        <source>No matching place</source>
        <translation>Eşleşen yer yok</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="69"/>
        <source>Patrol</source>
        <translation>Devriye</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="97"/>
        <source>Settlements to search by name for the patrol&apos;s ends.</source>
        <translation>Devriye uçları için adıyla aranacak yerleşim yerleri.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="100"/>
        <source>The names shown; other fields with &apos;name&apos; in their name are searched too.</source>
        <translation>Gösterilen adlar; adında 'name' geçen diğer alanlarda da arama yapılır.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="101"/>
        <source>Start: type a place name</source>
        <translation>Başlangıç: bir yer adı yazın</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="102"/>
        <source>End: type a place name</source>
        <translation>Bitiş: bir yer adı yazın</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="103"/>
        <source>A patrol end farther than this from the road is an error.</source>
        <translation>Yola bundan daha uzak olan bir devriye ucu hata sayılır.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="104"/>
        <source>A checkpoint every so many km from the patrol&apos;s start, and at its end.</source>
        <translation>Devriyenin başlangıcından itibaren bu kadar km'de bir ve devriyenin sonunda bir kontrol noktası.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="105"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="106"/>
        <source>Build patrol</source>
        <translation>Devriyeyi oluştur</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="105"/>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="115"/>
        <source>Name field</source>
        <translation>Ad alanı</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="116"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="117"/>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="118"/>
        <source>Snap within</source>
        <translation>Yakalama mesafesi</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="119"/>
        <source>Checkpoints every</source>
        <translation>Kontrol noktası aralığı</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="17"/>
        <source>Temporary layers are lost when QGIS closes: choose a GeoPackage to keep them.</source>
        <translation>Geçici katmanlar QGIS kapandığında kaybolur: saklamak için bir GeoPackage seçin.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="24"/>
        <source>Cancelled {doing}; nothing was added.</source>
        <translation>{doing} iptal edildi; hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="31"/>
        <source>Something went wrong {doing} ({error}). The details are in the log panel under &apos;{tag}&apos;.</source>
        <translation>{doing} sırasında bir sorun oluştu ({error}). Ayrıntılar günlük panelinde '{tag}' altında.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Flat</source>
        <translation>Düz</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Round</source>
        <translation>Yuvarlak</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="82"/>
        <source>Road</source>
        <translation>Yol</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="110"/>
        <source>The road&apos;s line layer; its parts are joined into one route.</source>
        <translation>Yolun çizgi katmanı; parçaları tek bir güzergâhta birleştirilir.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only</source>
        <translation>Yalnızca seçili objeler</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>Gaps between road parts up to this wide are bridged.</source>
        <translation>Yol parçaları arasındaki bu genişliğe kadar olan boşluklar kapatılır.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="209"/>
        <source>Bridge all gaps</source>
        <translation>Tüm boşlukları kapat</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="114"/>
        <source>Join the parts across gaps of any width instead of stopping with an error.</source>
        <translation>Hata verip durmak yerine parçaları her genişlikteki boşluğun üzerinden birleştir.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="115"/>
        <source>Reverse direction</source>
        <translation>Yönü ters çevir</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="116"/>
        <source>Routes run west to east (south to north) unless reversed; this swaps the sides.</source>
        <translation>Güzergâhlar ters çevrilmedikçe batıdan doğuya (güneyden kuzeye) gider; bu seçenek tarafların yerini değiştirir.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="117"/>
        <source>Between the patrol ends</source>
        <translation>Devriye uçları arasında</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="118"/>
        <source>Run the route between the patrol&apos;s two ends instead of between the road&apos;s far ends: for a ring road, or to take one road out of several.</source>
        <translation>Güzergâhı yolun en uzak iki ucu yerine devriyenin iki ucu arasında geçir: çevre yolu için ya da birkaç yol arasından birini almak için.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="213"/>
        <source>Leave out road off the route</source>
        <translation>Güzergâh dışındaki yolu dışarıda bırak</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="123"/>
        <source>Build the route even when much of the selected road lies away from it (over a quarter, more than 1 km off), which is otherwise an error.</source>
        <translation>Seçili yolun büyük bölümü güzergâhın dışında kalsa bile (dörtte birinden fazlası, 1 km'den uzakta) güzergâhı oluştur; aksi halde bu bir hatadır.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="127"/>
        <source>Assemble route</source>
        <translation>Güzergâhı birleştir</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="333"/>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="130"/>
        <source>Gap tolerance</source>
        <translation>Boşluk toleransı</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only ({count})</source>
        <translation>Yalnızca seçili objeler ({count})</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="148"/>
        <source>Corridor</source>
        <translation>Koridor</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="202"/>
        <source>Flat: cut square at the route&apos;s ends. Round: half circles.</source>
        <translation>Düz: güzergâhın uçlarında dik kesilir. Yuvarlak: yarım daireler.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="203"/>
        <source>Corridor only from this km of the route (start: from the start).</source>
        <translation>Koridor yalnızca güzergâhın bu km'sinden itibaren (başlangıç: en baştan).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="204"/>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>Corridor only up to this km of the route (end: to the end).</source>
        <translation>Koridor yalnızca güzergâhın bu km'sine kadar (son: en sona kadar).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="206"/>
        <source>end</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="21"/>
        <source>Build corridor</source>
        <translation>Koridoru oluştur</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="218"/>
        <source>Ends</source>
        <translation>Uçlar</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>Stretch</source>
        <translation>Kesim</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>to</source>
        <translation>ile</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="237"/>
        <source>The {side} width of {width} km is over the widest corridor, {widest:g} km a side, that is kept within 1 m of its true width: check the units (km).</source>
        <translation>{width} km olan {side} genişliği, gerçek genişliğinden en fazla 1 m sapan en geniş koridorun (taraf başına {widest:g} km) üzerinde: birimleri kontrol edin (km).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="250"/>
        <source>{side} width</source>
        <translation>{side} genişliği</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="251"/>
        <source>Width on the {side} side of the road, in km on the ellipsoid; at most {widest:g} km.</source>
        <translation>Yolun {side} tarafındaki genişlik, elipsoit üzerinde km cinsinden; en fazla {widest:g} km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="87"/>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="314"/>
        <source>The incidents&apos; date; leave empty to ignore dates.</source>
        <translation>Olayların tarihi; tarihleri dikkate almamak için boş bırakın.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="316"/>
        <source>automatic</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="317"/>
        <source>Read automatically: 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), 20200315. Day/month forms need a format in strptime codes: %d/%m/%Y for 15/03/2020, %m/%d/%Y for 03/15/2020.</source>
        <translation>Otomatik okunanlar: 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), 20200315. Gün/ay biçimleri için strptime kodlarıyla bir biçim gerekir: 15/03/2020 için %d/%m/%Y, 03/15/2020 için %m/%d/%Y.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>Incidents on or after this day are in the window.</source>
        <translation>Bu gün ve sonrasındaki olaylar aralığa dahildir.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>To (exclusive)</source>
        <translation>Bitiş (hariç)</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>Incidents before this day are in the window; the day itself is not (exclusive).</source>
        <translation>Bu günden önceki olaylar aralığa dahildir; günün kendisi dahil değildir (hariç).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="328"/>
        <source>The incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED): the strip chart&apos;s markers and the counts by category. Leave empty for none.</source>
        <translation>Olayların kategorisi (ACLED'de event_type veya sub_event_type, UCDP GED'de type_of_violence): şerit grafikteki işaretler ve kategoriye göre sayımlar buna göre yapılır. Kullanmamak için boş bırakın.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="332"/>
        <source>Flag incidents</source>
        <translation>Olayları işaretle</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="98"/>
        <source>Category field</source>
        <translation>Kategori alanı</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="92"/>
        <source>Date field</source>
        <translation>Tarih alanı</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="336"/>
        <source>Date format</source>
        <translation>Tarih biçimi</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="337"/>
        <source>Window</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="385"/>
        <source>Parameters</source>
        <translation>Parametreler</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="386"/>
        <source>Save…</source>
        <translation>Kaydet…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="387"/>
        <source>Save widths, ends, tolerances, patrol ends and dates as a JSON file.</source>
        <translation>Genişlikleri, uçları, toleransları, devriye uçlarını ve tarihleri bir JSON dosyası olarak kaydet.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="388"/>
        <source>Load…</source>
        <translation>Yükle…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="389"/>
        <source>Load a corridor specification saved as JSON.</source>
        <translation>JSON olarak kaydedilmiş bir koridor tanımını yükle.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="390"/>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="391"/>
        <source>The user guide, shipped with the plugin (opens in your browser, offline).</source>
        <translation>Eklentiyle birlikte gelen kullanım kılavuzu (tarayıcınızda, çevrimdışı açılır).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="393"/>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="398"/>
        <source>Temporary layers</source>
        <translation>Geçici katmanlar</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="399"/>
        <source>Leave empty for temporary layers, which are lost when QGIS closes; or choose a GeoPackage to keep them.</source>
        <translation>QGIS kapandığında kaybolan geçici katmanlar için boş bırakın ya da saklamak için bir GeoPackage seçin.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="402"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="403"/>
        <source>Save results…</source>
        <translation>Sonuçları kaydet…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="404"/>
        <source>Write the result layers on the map, as they are, to a GeoPackage (the one above, or one you choose), and show them from there.</source>
        <translation>Haritadaki sonuç katmanlarını olduğu gibi bir GeoPackage'a (yukarıdakine ya da seçeceğiniz birine) yaz ve oradan göster.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="422"/>
        <source>Strip chart</source>
        <translation>Şerit grafik</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="424"/>
        <source>Save image…</source>
        <translation>Görüntüyü kaydet…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="425"/>
        <source>Save the strip chart as a PNG image or an SVG drawing.</source>
        <translation>Şerit grafiği PNG görüntüsü ya da SVG çizimi olarak kaydet.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="33"/>
        <source>{place} at {lonlat}</source>
        <translation>{place}, {lonlat}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="36"/>
        <source>Route {length} from {start} (km 0) to {end} (lon, lat); sides {left} (left of travel) and {right}.</source>
        <translation>Güzergâh {length}: {start} (km 0) ile {end} arası (boylam, enlem); taraflar {left} (gidiş yönünün solu) ve {right}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>flat ends</source>
        <translation>düz uçlar</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>round ends</source>
        <translation>yuvarlak uçlar</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="52"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}.</source>
        <translation>Koridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="55"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}, km {start} to {end}.</source>
        <translation>Koridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}, km {start} ile {end} arası.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="66"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}).</source>
        <translation>Devriye {length}: {start} (km {start_km}) ile {end} (km {end_km}) arası.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="67"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}); {count} checkpoints.</source>
        <translation>Devriye {length}: {start} (km {start_km}) ile {end} (km {end_km}) arası; {count} kontrol noktası.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="75"/>
        <source>{side} {count}</source>
        <translation>{side} {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="79"/>
        <source>on the road {count}</source>
        <translation>yol üzerinde {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="81"/>
        <source>{total} incidents: {inside} inside the corridor ({sides}), {outside} outside.</source>
        <translation>{total} olay: {inside} koridor içinde ({sides}), {outside} dışında.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="86"/>
        <source>{count} inside the patrol stretch.</source>
        <translation>{count} devriye kesiminde.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="88"/>
        <source>{outside} outside the date window; {inside} inside the corridor and in the window.</source>
        <translation>{outside} tarih aralığı dışında; {inside} hem koridor içinde hem aralıkta.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="94"/>
        <source>{count} without a readable date, neither in nor out of the window (the first few are in the log).</source>
        <translation>{count} olayın tarihi okunamadı; bunlar aralığın ne içinde ne dışında sayılır (ilk birkaçı günlükte).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="99"/>
        <source>{count} without a location (missing geometry).</source>
        <translation>{count} konumsuz (geometri eksik).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="107"/>
        <source>None inside the corridor by category.</source>
        <translation>Koridor içinde kategoriye göre olay yok.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>{category} {count}</source>
        <translation>{category} {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>no category</source>
        <translation>kategorisiz</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="114"/>
        <source>{count} other categories {inside}</source>
        <translation>{count} diğer kategori {inside}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>Inside by category: {categories}.</source>
        <translation>Kategoriye göre içeride: {categories}.</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="114"/>
        <source>{count} incidents of &apos;{layer}&apos; cannot be placed in the output&apos;s CRS and are written without a geometry (their attributes and flags are kept): {features}</source>
        <translation>'{layer}' katmanındaki {count} olay çıktının KRS'sine dönüştürülemiyor ve geometrisiz yazıldı (öznitelikleri ve işaretleri korundu): {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="175"/>
        <source>feature {id}</source>
        <translation>obje {id}</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="26"/>
        <source>&apos;{layer}&apos; (field {field})</source>
        <translation>'{layer}' ({field} alanı)</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="52"/>
        <source>{role}: no place in {places} is called &apos;{query}&apos; or anything like it.</source>
        <translation>{role}: {places} içinde '{query}' ya da buna benzer adlı bir yer yok.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="64"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed} and {more} more. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role}: '{query}', {places} içindeki {count} yerle eşit derecede eşleşiyor: {listed} ve {more} tane daha. Adı katmanda yazıldığı gibi girin ya da yeri nokta olarak verin.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="69"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed}. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role}: '{query}', {places} içindeki {count} yerle eşit derecede eşleşiyor: {listed}. Adı katmanda yazıldığı gibi girin ya da yeri nokta olarak verin.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="46"/>
        <source>No features are selected in &apos;{layer}&apos;: select the road&apos;s features, or untick &apos;selected features only&apos;.</source>
        <translation>'{layer}' katmanında seçili obje yok: yolun objelerini seçin ya da 'yalnızca seçili objeler' işaretini kaldırın.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="97"/>
        <source>&apos;{layer}&apos; is a point layer; choose a line layer for the road.</source>
        <translation>'{layer}' bir nokta katmanı; yol için bir çizgi katmanı seçin.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="99"/>
        <source>&apos;{layer}&apos; is a polygon layer; choose a line layer for the road.</source>
        <translation>'{layer}' bir poligon katmanı; yol için bir çizgi katmanı seçin.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="102"/>
        <source>&apos;{layer}&apos; is a {kind} layer; choose a line layer for the road.</source>
        <translation>'{layer}' bir {kind} katmanı; yol için bir çizgi katmanı seçin.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="107"/>
        <source>feature {id} of &apos;{layer}&apos;</source>
        <translation>'{layer}' katmanının {id} numaralı objesi</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="115"/>
        <source>&apos;{layer}&apos; has no features to make a road from.</source>
        <translation>'{layer}' katmanında yol oluşturulacak obje yok.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="149"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its lines lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>'{layer}' katmanının koordinat referans sistemi (KRS) yok, bu yüzden çizgilerinin yeryüzünde nerede olduğu bilinmiyor: katman özelliklerinden (Kaynak, Atanmış koordinat referans sistemi) KRS'yi ayarlayıp yeniden çalıştırın.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="155"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its points lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>'{layer}' katmanının koordinat referans sistemi (KRS) yok, bu yüzden noktalarının yeryüzünde nerede olduğu bilinmiyor: katman özelliklerinden (Kaynak, Atanmış koordinat referans sistemi) KRS'yi ayarlayıp yeniden çalıştırın.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="168"/>
        <source>&apos;{layer}&apos; is a line layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>'{layer}' bir çizgi katmanı, oysa olaylar nokta olarak okunur; olaylar için bir nokta katmanı seçin.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="173"/>
        <source>&apos;{layer}&apos; is a polygon layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>'{layer}' bir poligon katmanı, oysa olaylar nokta olarak okunur; olaylar için bir nokta katmanı seçin.</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="141"/>
        <source>{count} of {total} features in &apos;{layer}&apos; have coordinates that cannot be converted to WGS84 longitude/latitude (check the layer&apos;s CRS); they are flagged without a location: {features}</source>
        <translation>'{layer}' katmanındaki {total} objeden {count} tanesinin koordinatları WGS84 boylam/enlemine dönüştürülemiyor (katmanın KRS'sini kontrol edin); bunlar konumsuz olarak işaretlendi: {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="148"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have a {field} that cannot be read as a date, so they are neither in nor out of the date window: {examples}</source>
        <translation>'{layer}' katmanındaki {total} olaydan {count} tanesinin {field} değeri tarih olarak okunamıyor, bu yüzden bunlar tarih aralığının ne içinde ne dışında sayılır: {examples}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="156"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have no {field}.</source>
        <translation>'{layer}' katmanındaki {total} olaydan {count} tanesinde {field} değeri yok.</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="42"/>
        <source>Secure corridor - {road}</source>
        <translation>Secure Corridor - {road}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="47"/>
        <source>earlier parameters</source>
        <translation>önceki parametreler</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="52"/>
        <source>{layer} (earlier parameters)</source>
        <translation>{layer} (önceki parametreler)</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="161"/>
        <source>Could not write &apos;{layer}&apos; to {path}: {message}</source>
        <translation>'{layer}' katmanı {path} konumuna yazılamadı: {message}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="196"/>
        <source>Could not load style {file}: {message}</source>
        <translation>{file} stili yüklenemedi: {message}</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="59"/>
        <source>north</source>
        <translation>kuzey</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="60"/>
        <source>south</source>
        <translation>güney</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="61"/>
        <source>east</source>
        <translation>doğu</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="62"/>
        <source>west</source>
        <translation>batı</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="63"/>
        <source>on the road</source>
        <translation>yol üzerinde</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Builds the corridor along a road: every point within a true geodesic width (WGS84 ellipsoid, within 1 m) of the road, with its own width on each side. The road may come in many line features, in any order and direction; they are assembled into one route.</source>
        <translation>Bir yol boyunca koridoru oluşturur: yola gerçek jeodezik genişlik (WGS84 elipsoidi, 1 m hassasiyetle) içinde kalan her nokta; her tarafın kendi genişliği vardır. Yol, herhangi bir sıra ve yönde çok sayıda çizgi objesinden oluşabilir; bunlar tek bir güzergâhta birleştirilir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features).</source>
        <translation>&lt;b&gt;Yol&lt;/b&gt;: bir çizgi katmanı (ya da seçili objeleri).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt; (one polygon in the road&apos;s CRS), fields: north_m and south_m (the widths on the left and right of travel), left_side and right_side (their names: north/south or west/east), end_cap, from_km and to_km (the stretch of route covered), length_km (of the route), area_km2 (geodesic area).</source>
        <translation>&lt;b&gt;Koridor&lt;/b&gt; (yolun KRS'sinde tek bir poligon), alanlar: north_m ve south_m (gidiş yönünün solundaki ve sağındaki genişlikler), left_side ve right_side (tarafların adları: kuzey/güney veya batı/doğu), end_cap, from_km ve to_km (kapsanan güzergâh kesimi), length_km (güzergâhın uzunluğu), area_km2 (jeodezik alan).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Outputs AREA_KM2 and LENGTH_KM hold the same numbers for models.</source>
        <translation>AREA_KM2 ve LENGTH_KM çıktıları, modeller için aynı değerleri içerir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="60"/>
        <source>Area (km²)</source>
        <translation>Alan (km²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="61"/>
        <source>Route length (km)</source>
        <translation>Güzergâh uzunluğu (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="119"/>
        <source>Assembling the route</source>
        <translation>Güzergâh birleştiriliyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="136"/>
        <source>Building the corridor</source>
        <translation>Koridor oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="69"/>
        <source>Writing the corridor</source>
        <translation>Koridor yazılıyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="79"/>
        <source>Corridor of {area_km2:.2f} km².</source>
        <translation>{area_km2:.2f} km² koridor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="156"/>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;North width&lt;/b&gt;, &lt;b&gt;South width&lt;/b&gt;: metres on the WGS84 ellipsoid on the left and on the right of travel. The route runs west to east, so left is north (on a mostly north-south road it runs south to north and left is west). 0 for no corridor on a side, else at least 10 m.</source>
        <translation>&lt;b&gt;Kuzey genişliği&lt;/b&gt;, &lt;b&gt;Güney genişliği&lt;/b&gt;: gidiş yönünün solunda ve sağında, WGS84 elipsoidi üzerinde metre cinsinden. Güzergâh batıdan doğuya gider, bu yüzden sol taraf kuzeydir (çoğunlukla kuzey-güney doğrultulu bir yolda güneyden kuzeye gider ve sol taraf batıdır). Bir tarafta koridor istenmiyorsa 0, aksi halde en az 10 m.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;End style&lt;/b&gt;: flat (cut square through the road&apos;s ends) or round.</source>
        <translation>&lt;b&gt;Uç biçimi&lt;/b&gt;: düz (yolun uçlarından dik kesilir) veya yuvarlak.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="62"/>
        <source>&lt;b&gt;Gap tolerance&lt;/b&gt;: road parts whose ends are at most this many metres apart are joined; a wider gap is an error that says where it is.</source>
        <translation>&lt;b&gt;Boşluk toleransı&lt;/b&gt;: uçları arasında en fazla bu kadar metre olan yol parçaları birleştirilir; daha geniş bir boşluk, yerini belirten bir hataya yol açar.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Bridge all gaps&lt;/b&gt;: join the road&apos;s pieces whatever the gaps between them.</source>
        <translation>&lt;b&gt;Tüm boşlukları kapat&lt;/b&gt;: aralarındaki boşluklar ne olursa olsun yolun parçalarını birleştir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Reverse the route&lt;/b&gt;: run it east to west (north to south), so that km 0 is at the other end; the left of travel, where the North width goes, is then south (east).</source>
        <translation>&lt;b&gt;Güzergâhı ters çevir&lt;/b&gt;: güzergâhı doğudan batıya (kuzeyden güneye) geçir, böylece km 0 diğer uçta olur; Kuzey genişliğinin uygulandığı gidiş yönünün solu bu durumda güney (doğu) olur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Route start&lt;/b&gt;, &lt;b&gt;Route end&lt;/b&gt; (optional, both or neither): run the route between these points, snapped to the road within 2 km, instead of between the road&apos;s two ends farthest apart; needed for a road that is a closed loop.</source>
        <translation>&lt;b&gt;Güzergâh başlangıcı&lt;/b&gt;, &lt;b&gt;Güzergâh sonu&lt;/b&gt; (isteğe bağlı, ikisi birden ya da hiçbiri): güzergâhı yolun birbirinden en uzak iki ucu yerine, 2 km içinde yola yakalanan bu noktalar arasında geçir; kapalı döngü şeklindeki bir yol için gereklidir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Leave out road off the route&lt;/b&gt;: without route ends, more than a quarter of the road lying over 1 km off the route (the other half of a ring road, a second road) is an error; with this set, the route is built and the rest reported.</source>
        <translation>&lt;b&gt;Güzergâh dışındaki yolu dışarıda bırak&lt;/b&gt;: güzergâh uçları verilmemişse, yolun dörtte birinden fazlasının güzergâhtan 1 km'den uzakta olması (çevre yolunun diğer yarısı, ikinci bir yol) hatadır; bu seçenek işaretliyse güzergâh oluşturulur ve kalan kısım raporlanır.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="83"/>
        <source>The inputs are only read. A memory output is lost when QGIS closes: save to a GeoPackage to keep it.</source>
        <translation>Girdiler yalnızca okunur. Bellekteki bir çıktı QGIS kapandığında kaybolur: saklamak için bir GeoPackage'a kaydedin.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>flat</source>
        <translation>düz</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>round</source>
        <translation>yuvarlak</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>North width (m), left of travel</source>
        <translation>Kuzey genişliği (m), gidiş yönünün solu</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>South width (m), right of travel</source>
        <translation>Güney genişliği (m), gidiş yönünün sağı</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="186"/>
        <source>End style</source>
        <translation>Uç biçimi</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="191"/>
        <source>Gap tolerance (m)</source>
        <translation>Boşluk toleransı (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="199"/>
        <source>Snap tolerance (m)</source>
        <translation>Yakalama toleransı (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="210"/>
        <source>Reverse the route (east to west)</source>
        <translation>Güzergâhı ters çevir (doğudan batıya)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="211"/>
        <source>Route start (optional)</source>
        <translation>Güzergâh başlangıcı (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="212"/>
        <source>Route end (optional)</source>
        <translation>Güzergâh sonu (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="243"/>
        <source>Give both the route start and the route end, or neither.</source>
        <translation>Güzergâh başlangıcını ve sonunu ya ikisini birden verin ya da hiçbirini vermeyin.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route start</source>
        <translation>Güzergâh başlangıcı</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route end</source>
        <translation>Güzergâh sonu</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="262"/>
        <source>{error} Here: give the Route start and Route end, or set Leave out road off the route.</source>
        <translation>{error} Burada: Güzergâh başlangıcı ve Güzergâh sonu değerlerini verin ya da Güzergâh dışındaki yolu dışarıda bırak seçeneğini işaretleyin.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="268"/>
        <source>Route of {length_km:.3f} km, sides {left} and {right}: {summary}.</source>
        <translation>{length_km:.3f} km güzergâh, taraflar {left} ve {right}: {summary}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="275"/>
        <source>Not on the route: {parts}.</source>
        <translation>Güzergâh üzerinde değil: {parts}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="28"/>
        <source>Flag incidents in the corridor</source>
        <translation>Koridordaki olayları işaretle</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Flags incident points against the corridor along a road: inside or not, on which side, how far from the road and at which km; optionally inside the patrol stretch and inside a date window. Distances are geodesic (WGS84). The road may come in many line features; they are assembled into one route first.</source>
        <translation>Olay noktalarını bir yol boyuncaki koridora göre işaretler: içeride olup olmadığı, hangi tarafta, yoldan ne kadar uzakta ve hangi km'de olduğu; isteğe bağlı olarak devriye kesiminde ve bir tarih aralığında olup olmadığı. Uzaklıklar jeodeziktir (WGS84). Yol çok sayıda çizgi objesinden oluşabilir; bunlar önce tek bir güzergâhta birleştirilir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Incidents&lt;/b&gt;: a point layer (or its selected features). An incident of several points (MultiPoint) is inside when any of its points is, and takes its side, distance and km from its point nearest the road.</source>
        <translation>&lt;b&gt;Yol&lt;/b&gt;: bir çizgi katmanı (ya da seçili objeleri). &lt;b&gt;Olaylar&lt;/b&gt;: bir nokta katmanı (ya da seçili objeleri). Birden çok noktadan oluşan bir olay (MultiPoint), noktalarından herhangi biri içerideyse içeride sayılır; tarafını, uzaklığını ve km'sini yola en yakın noktasından alır.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Patrol start&lt;/b&gt;, &lt;b&gt;Patrol end&lt;/b&gt; (optional, both or neither): the patrol&apos;s ends, snapped to the road within the &lt;b&gt;Snap tolerance&lt;/b&gt; (m).</source>
        <translation>&lt;b&gt;Devriye başlangıcı&lt;/b&gt;, &lt;b&gt;Devriye sonu&lt;/b&gt; (isteğe bağlı, ikisi birden ya da hiçbiri): devriyenin &lt;b&gt;Yakalama toleransı&lt;/b&gt; (m) içinde yola yakalanan uçları.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Date field&lt;/b&gt; (optional): the incidents&apos; date: a date or date-time field, or text or numbers as real data writes them (2020-03-15, 2020-03-15 00:00:00.000 as in UCDP GED, 15 March 2020 as in ACLED, 20200315). A date-time counts by its calendar day as written: its time of day and time zone are set aside. Day/month forms such as 03/04/2020 need the &lt;b&gt;Date format&lt;/b&gt; (strptime codes, e.g. %d/%m/%Y or %m/%d/%Y). &lt;b&gt;From date&lt;/b&gt; counts from that day (inclusive); &lt;b&gt;To date&lt;/b&gt; is exclusive: an incident on that day or later is outside the window. An incident without a readable date is neither: its in_window is empty, and the log names the first few.</source>
        <translation>&lt;b&gt;Tarih alanı&lt;/b&gt; (isteğe bağlı): olayların tarihi: bir tarih veya tarih-saat alanı ya da gerçek verilerde yazıldığı biçimiyle metin veya sayı (2020-03-15, UCDP GED'deki gibi 2020-03-15 00:00:00.000, ACLED'deki gibi 15 March 2020, 20200315). Tarih-saat değeri yazıldığı takvim gününe göre sayılır: günün saati ve saat dilimi dikkate alınmaz. 03/04/2020 gibi gün/ay biçimleri için &lt;b&gt;Tarih biçimi&lt;/b&gt; gerekir (strptime kodları, örn. %d/%m/%Y veya %m/%d/%Y). &lt;b&gt;Başlangıç tarihi&lt;/b&gt; o günden itibaren sayar (dahil); &lt;b&gt;Bitiş tarihi&lt;/b&gt; hariçtir: o gün veya sonrasındaki bir olay aralığın dışındadır. Tarihi okunamayan bir olay ikisi de değildir: in_window değeri boştur ve günlükte ilk birkaçının adı verilir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Category field&lt;/b&gt; (optional): the incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED, whose codes 1, 2, 3 are logged by name); the log counts each category inside the corridor and the patrol stretch.</source>
        <translation>&lt;b&gt;Kategori alanı&lt;/b&gt; (isteğe bağlı): olayların kategorisi (ACLED'de event_type veya sub_event_type, UCDP GED'de type_of_violence; bunun 1, 2, 3 kodları günlüğe adlarıyla yazılır); günlükte her kategori koridor içinde ve devriye kesiminde sayılır.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Flagged incidents&lt;/b&gt; (every incident with all its attributes, in the road&apos;s CRS), added fields: in_corr (inside the corridor), side (north/south or west/east, &apos;on route&apos; when on the road), dist_m (geodesic distance to the road), chain_km (km along the route, which runs west to east), in_patrol (inside the corridor between the patrol&apos;s ends; false without a patrol), in_window (inside the window; empty without a date field or a readable date). An incident without a geometry is kept, inside nothing, with empty side, dist_m and chain_km.</source>
        <translation>&lt;b&gt;İşaretlenen olaylar&lt;/b&gt; (tüm öznitelikleriyle birlikte her olay, yolun KRS'sinde), eklenen alanlar: in_corr (koridor içinde), side (kuzey/güney veya batı/doğu; yol üzerindeyse 'on route'), dist_m (yola jeodezik uzaklık), chain_km (batıdan doğuya giden güzergâh boyunca km), in_patrol (devriyenin uçları arasında koridor içinde; devriye yoksa false), in_window (aralık içinde; tarih alanı ya da okunabilir tarih yoksa boş). Geometrisi olmayan bir olay korunur, hiçbir şeyin içinde sayılmaz; side, dist_m ve chain_km boş kalır.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Outputs INSIDE, IN_PATROL and MISSING count incidents for models.</source>
        <translation>INSIDE, IN_PATROL ve MISSING çıktıları, modeller için olay sayılarını verir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="96"/>
        <source>Patrol start</source>
        <translation>Devriye başlangıcı</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="97"/>
        <source>Patrol end</source>
        <translation>Devriye sonu</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="98"/>
        <source>Date format (e.g. %d/%m/%Y)</source>
        <translation>Tarih biçimi (örn. %d/%m/%Y)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>From date (inclusive)</source>
        <translation>Başlangıç tarihi (dahil)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>To date (exclusive)</source>
        <translation>Bitiş tarihi (hariç)</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="111"/>
        <source>Flagged incidents</source>
        <translation>İşaretlenen olaylar</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="116"/>
        <source>Incidents inside the corridor</source>
        <translation>Koridor içindeki olaylar</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="117"/>
        <source>Incidents inside the patrol stretch</source>
        <translation>Devriye kesimindeki olaylar</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="118"/>
        <source>Incidents without a location</source>
        <translation>Konumsuz olaylar</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="47"/>
        <source>The incident layer already has the field(s) {fields}, which this algorithm adds (was it flagged before?): flag the original layer, or rename those fields.</source>
        <translation>Olay katmanında bu algoritmanın eklediği {fields} alan(lar)ı zaten var (daha önce işaretlenmiş olabilir mi?): özgün katmanı işaretleyin ya da bu alanları yeniden adlandırın.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="129"/>
        <source>A date window is set but no date field: choose the incidents&apos; date field.</source>
        <translation>Bir tarih aralığı ayarlanmış ancak tarih alanı seçilmemiş: olayların tarih alanını seçin.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="301"/>
        <source>Give both the patrol start and the patrol end, or neither.</source>
        <translation>Devriye başlangıcını ve sonunu ya ikisini birden verin ya da hiçbirini vermeyin.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol start</source>
        <translation>Devriye başlangıcı</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol end</source>
        <translation>Devriye sonu</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="148"/>
        <source>Flagging the incidents</source>
        <translation>Olaylar işaretleniyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="162"/>
        <source>{inside} of {total} incidents inside the corridor, {in_patrol} in the patrol stretch, {missing} without a location.</source>
        <translation>{total} olaydan {inside} tanesi koridor içinde, {in_patrol} tanesi devriye kesiminde, {missing} tanesi konumsuz.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="167"/>
        <source>Date window: {inside_and_in_window} inside the corridor and in the window, {outside_window} outside the window, {undated} without a readable date.</source>
        <translation>Tarih aralığı: {inside_and_in_window} olay hem koridor içinde hem aralıkta, {outside_window} olay aralık dışında, {undated} olayın tarihi okunamadı.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="201"/>
        <source>The incidents have a field &apos;{field}&apos; that looks like a category: set Category field to count the incidents by it.</source>
        <translation>Olaylarda kategori gibi görünen '{field}' alanı var: olayları buna göre saymak için Kategori alanı olarak ayarlayın.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="207"/>
        <source>The incident layer has no field &apos;{field}&apos; for the Category field; its fields are {fields}.</source>
        <translation>Olay katmanında Kategori alanı için '{field}' adlı bir alan yok; katmanın alanları: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="219"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch):</source>
        <translation>{field} alanına göre (tümü / koridor içinde / devriye kesiminde):</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="221"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch / inside and in the window):</source>
        <translation>{field} alanına göre (tümü / koridor içinde / devriye kesiminde / hem içeride hem aralıkta):</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="230"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="316"/>
        <source>{parameter} is not a date; give it as YYYY-MM-DD.</source>
        <translation>{parameter} bir tarih değil; YYYY-MM-DD biçiminde girin.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="24"/>
        <source>Cancelled: nothing was written.</source>
        <translation>İptal edildi: hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="29"/>
        <source>Cancelled: {outputs}. Nothing was loaded.</source>
        <translation>İptal edildi: {outputs}. Hiçbir şey yüklenmedi.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="37"/>
        <source>the temporary layer &apos;{label}&apos; was discarded</source>
        <translation>geçici katman '{label}' atıldı</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="39"/>
        <source>the file {path} (&apos;{label}&apos;) was deleted</source>
        <translation>{path} dosyası ('{label}') silindi</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="43"/>
        <source>the layer {layer} (&apos;{label}&apos;) was removed from {path}, whose other layers are untouched</source>
        <translation>{layer} katmanı ('{label}') {path} dosyasından kaldırıldı; dosyanın diğer katmanlarına dokunulmadı</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="50"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted: it is incomplete, with {written} of {total} features</source>
        <translation>{path} ('{label}') bu çalıştırmadan önce de vardı, bu yüzden silinmedi: eksiktir, {total} objeden {written} tanesini içerir</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="52"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted</source>
        <translation>{path} ('{label}') bu çalıştırmadan önce de vardı, bu yüzden silinmedi</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="55"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason}): it is incomplete, with {written} of {total} features</source>
        <translation>{path} dosyası ('{label}') silinemedi ({reason}): eksiktir, {total} objeden {written} tanesini içerir</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="57"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason})</source>
        <translation>{path} dosyası ('{label}') silinemedi ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="61"/>
        <source>&apos;{label}&apos; was written to {where}: it is incomplete, with {written} of {total} features</source>
        <translation>'{label}' şuraya yazıldı: {where}; eksiktir, {total} objeden {written} tanesini içerir</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="64"/>
        <source>&apos;{label}&apos; was written to {where}</source>
        <translation>'{label}' şuraya yazıldı: {where}</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="22"/>
        <source>Patrol stretch between two places</source>
        <translation>İki yer arasındaki devriye kesimi</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Cuts the stretch of road a patrol drives between two places, each snapped to the nearest point of the road, and optionally puts checkpoints every N km along it. The road may come in many line features; they are assembled into one route first, so the stretch follows the road across its parts. Lengths are geodesic (WGS84).</source>
        <translation>Bir devriyenin iki yer arasında kat ettiği yol kesimini çıkarır (her yer yolun en yakın noktasına yakalanır) ve isteğe bağlı olarak kesim boyunca her N km'de bir kontrol noktası koyar. Yol çok sayıda çizgi objesinden oluşabilir; bunlar önce tek bir güzergâhta birleştirilir, böylece kesim yolu parçalar boyunca izler. Uzunluklar jeodeziktir (WGS84).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;: the patrol&apos;s two ends, points with their CRS (a point without one is read in the project&apos;s CRS, or the road&apos;s). Or, for an end without a point, &lt;b&gt;Start place name&lt;/b&gt; / &lt;b&gt;End place name&lt;/b&gt; searched in &lt;b&gt;Places&lt;/b&gt; (its &lt;b&gt;Name field&lt;/b&gt; and every field with &apos;name&apos; in its name, e.g. name_ar), with the dock&apos;s tolerant search: &apos;Saraqeb&apos; finds Saraqab. A name that matches several places equally well is an error that lists them. &lt;b&gt;Start name&lt;/b&gt;, &lt;b&gt;End name&lt;/b&gt;: their names, for fields and messages (default Start and End).</source>
        <translation>&lt;b&gt;Başlangıç&lt;/b&gt;, &lt;b&gt;Bitiş&lt;/b&gt;: devriyenin iki ucu, KRS'leriyle birlikte noktalar (KRS'si olmayan bir nokta projenin ya da yolun KRS'sinde okunur). Ya da noktası verilmeyen bir uç için, &lt;b&gt;Yerler&lt;/b&gt; katmanında (&lt;b&gt;Ad alanı&lt;/b&gt; ve adında 'name' geçen her alan, örn. name_ar) panelin toleranslı aramasıyla aranan &lt;b&gt;Başlangıç yer adı&lt;/b&gt; / &lt;b&gt;Bitiş yer adı&lt;/b&gt;: 'Saraqeb' araması Saraqab'ı bulur. Birkaç yerle eşit derecede eşleşen bir ad, bu yerleri listeleyen bir hataya yol açar. &lt;b&gt;Başlangıç adı&lt;/b&gt;, &lt;b&gt;Bitiş adı&lt;/b&gt;: alanlarda ve mesajlarda kullanılacak adları (varsayılan: Başlangıç ve Bitiş).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Snap tolerance&lt;/b&gt;: how far (m) each end may lie from the road.</source>
        <translation>&lt;b&gt;Yakalama toleransı&lt;/b&gt;: her ucun yoldan en fazla ne kadar (m) uzakta olabileceği.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none.</source>
        <translation>&lt;b&gt;Kontrol noktası aralığı&lt;/b&gt;: başlangıçtan itibaren kontrol noktaları arasındaki km; hiç istenmiyorsa 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt; (a line in the road&apos;s CRS, from start to end), fields: start_name, end_name, start_km and end_km (km along the route, which runs west to east), length_km.</source>
        <translation>&lt;b&gt;Devriye&lt;/b&gt; (yolun KRS'sinde, başlangıçtan bitişe bir çizgi), alanlar: start_name, end_name, start_km ve end_km (batıdan doğuya giden güzergâh boyunca km), length_km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Checkpoints&lt;/b&gt; (points; empty when the interval is 0), fields: km (from the patrol&apos;s start; the end is the last checkpoint), route_km (km along the route), label.</source>
        <translation>&lt;b&gt;Kontrol noktaları&lt;/b&gt; (noktalar; aralık 0 ise boş), alanlar: km (devriyenin başlangıcından itibaren; bitiş son kontrol noktasıdır), route_km (güzergâh boyunca km), label.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Outputs LENGTH_KM, START_KM and END_KM hold the patrol&apos;s numbers for models.</source>
        <translation>LENGTH_KM, START_KM ve END_KM çıktıları, modeller için devriyenin değerlerini içerir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="34"/>
        <source>Start (a point)</source>
        <translation>Başlangıç (nokta)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="35"/>
        <source>End (a point)</source>
        <translation>Bitiş (nokta)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="36"/>
        <source>Places, to name the ends instead</source>
        <translation>Yerler (uçları adıyla vermek için)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="42"/>
        <source>Name field of the places</source>
        <translation>Yerlerin ad alanı</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="48"/>
        <source>Start place name</source>
        <translation>Başlangıç yer adı</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="49"/>
        <source>End place name</source>
        <translation>Bitiş yer adı</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="50"/>
        <source>Start name</source>
        <translation>Başlangıç adı</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="51"/>
        <source>End name</source>
        <translation>Bitiş adı</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Checkpoint interval (km), 0 for none</source>
        <translation>Kontrol noktası aralığı (km), hiç istenmiyorsa 0</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="72"/>
        <source>Checkpoints</source>
        <translation>Kontrol noktaları</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="77"/>
        <source>Patrol length (km)</source>
        <translation>Devriye uzunluğu (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="78"/>
        <source>Start, km along the route</source>
        <translation>Başlangıç, güzergâh boyunca km</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="79"/>
        <source>End, km along the route</source>
        <translation>Bitiş, güzergâh boyunca km</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="61"/>
        <source>Cutting the patrol stretch</source>
        <translation>Devriye kesimi çıkarılıyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="63"/>
        <source>{start} is {start_m:.0f} m from the road, {end} {end_m:.0f} m; patrol of {length_km:.3f} km.</source>
        <translation>{start} yoldan {start_m:.0f} m, {end} {end_m:.0f} m uzakta; devriye {length_km:.3f} km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="87"/>
        <source>Placing checkpoints</source>
        <translation>Kontrol noktaları yerleştiriliyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="89"/>
        <source>Writing the patrol</source>
        <translation>Devriye yazılıyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="86"/>
        <source>{role}: give it as a point ({point}), or its name ({place}) with a places layer.</source>
        <translation>{role}: nokta olarak ({point}) ya da bir yerler katmanıyla birlikte adıyla ({place}) verin.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="98"/>
        <source>A place name is given, but no Places layer to find it in.</source>
        <translation>Bir yer adı verilmiş, ancak bu adın aranacağı bir Yerler katmanı yok.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="103"/>
        <source>Choose the Name field of the places layer.</source>
        <translation>Yerler katmanının Ad alanını seçin.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="36"/>
        <source>Save the patrol for GPS units</source>
        <translation>Devriyeyi GPS cihazları için kaydet</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX files (*.gpx)</source>
        <translation>GPX dosyaları (*.gpx)</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="59"/>
        <source>The patrol is saved for GPS units: {paths}.</source>
        <translation>Devriye GPS cihazları için kaydedildi: {paths}.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="62"/>
        <source>writing the GPS files</source>
        <translation>GPS dosyalarının yazılması</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="107"/>
        <source>Route book…</source>
        <translation>Güzergâh kitapçığı…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="108"/>
        <source>A PDF for the patrol team: an overview, then a map page per stretch of the patrol, rotated so the road runs across the page.</source>
        <translation>Devriye ekibi için bir PDF: bir genel görünüm, ardından devriyenin her kesimi için bir harita sayfası; yol sayfa boyunca yatay uzanacak şekilde döndürülmüş.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="110"/>
        <source>GPS files…</source>
        <translation>GPS dosyaları…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="111"/>
        <source>The patrol as GPX (and KML): waypoints named by their km, a route, the track and the corridor&apos;s edges, for GPS units and phones.</source>
        <translation>Devriye GPX (ve KML) olarak: km'leriyle adlandırılmış yol noktaları, bir rota, iz ve koridorun sınırları; GPS cihazları ve telefonlar için.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="127"/>
        <source>GDAL copied {copied} features of &apos;{layer}&apos; where QGIS read {read}: did the layer change while it was read? Run again.</source>
        <translation>GDAL, '{layer}' katmanından {copied} obje kopyaladı, QGIS ise {read} obje okudu: katman okunurken değişti mi? Yeniden çalıştırın.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="181"/>
        <source>GDAL could not copy the incidents into {path}: {error}</source>
        <translation>GDAL olayları {path} konumuna kopyalayamadı: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="229"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} yazılamadı: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="118"/>
        <source>Strip pages</source>
        <translation>Şerit sayfalar</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="109"/>
        <source>Corridor edge</source>
        <translation>Koridor sınırı</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="111"/>
        <source>Patrol stretch</source>
        <translation>Devriye kesimi</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="112"/>
        <source>km ticks</source>
        <translation>km işaretleri</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="115"/>
        <source>km along the patrol</source>
        <translation>devriye boyunca km</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="144"/>
        <source>{side} {km} km</source>
        <translation>{side} {km} km</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="56"/>
        <source>QGIS cannot make the route book&apos;s map projection: {proj}</source>
        <translation>QGIS güzergâh kitapçığının harita projeksiyonunu oluşturamıyor: {proj}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="65"/>
        <source>Patrol {start} – {end}</source>
        <translation>Devriye {start} – {end}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="90"/>
        <source>Route book overview</source>
        <translation>Güzergâh kitapçığı genel görünümü</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="91"/>
        <source>{title} · route book</source>
        <translation>{title} · güzergâh kitapçığı</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="92"/>
        <source>{length} km in {count} strip pages at {scale}; each page&apos;s map is outlined and numbered.</source>
        <translation>{scale} ölçekte {count} şerit sayfada {length} km; her sayfanın haritası çerçevelenmiş ve numaralanmıştır.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="118"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt;: {left} {left_km} km, {right} {right_km} km ({cap} ends)</source>
        <translation>&lt;b&gt;Koridor&lt;/b&gt;: {left} {left_km} km, {right} {right_km} km (uçlar: {cap})</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="122"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt;: {start} to {end}, {length} km</source>
        <translation>&lt;b&gt;Devriye&lt;/b&gt;: {start} ile {end} arası, {length} km</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="125"/>
        <source>&lt;b&gt;Pages&lt;/b&gt;: {count} of {page_km} km, overlapping {overlap_km} km</source>
        <translation>&lt;b&gt;Sayfalar&lt;/b&gt;: {page_km} km'lik {count} sayfa, {overlap_km} km örtüşmeli</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="129"/>
        <source>&lt;b&gt;Scale&lt;/b&gt;: {scale} on every strip page; this map {overview}</source>
        <translation>&lt;b&gt;Ölçek&lt;/b&gt;: her şerit sayfada {scale}; bu harita {overview}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="135"/>
        <source>&lt;b&gt;Dates&lt;/b&gt;: from {start} to {end} (dimmed outside)</source>
        <translation>&lt;b&gt;Tarihler&lt;/b&gt;: {start} ile {end} arası (dışındakiler soluk)</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="140"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt;: {total}, {inside} inside the corridor, {in_patrol} in the patrol stretch</source>
        <translation>&lt;b&gt;Olaylar&lt;/b&gt;: {total}; koridor içinde {inside}, devriye kesiminde {in_patrol}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="145"/>
        <source>Strip pages: the road runs left to right in the direction of travel; the arrow on each page points to true north.</source>
        <translation>Şerit sayfalar: yol, gidiş yönünde soldan sağa uzanır; her sayfadaki ok coğrafi kuzeyi gösterir.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="163"/>
        <source>Route book strip pages</source>
        <translation>Güzergâh kitapçığının şerit sayfaları</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="165"/>
        <source>{title} · km {km}</source>
        <translation>{title} · km {km}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="169"/>
        <source>Travel from left to right: {left} ({left_km} km) above the road, {right} ({right_km} km) below.</source>
        <translation>Soldan sağa gidiş: {left} ({left_km} km) yolun üstünde, {right} ({right_km} km) altında.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="189"/>
        <source>km {km} of {length} from {start}&lt;br&gt;Scale {scale}</source>
        <translation>km {km} / {length}, başlangıç: {start}&lt;br&gt;Ölçek {scale}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="151"/>
        <source>page {page} of {total}</source>
        <translation>sayfa {page} / {total}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_items.py" line="128"/>
        <source>Legend</source>
        <translation>Lejant</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="212"/>
        <source>Could not write the route book to {path}.</source>
        <translation>Güzergâh kitapçığı {path} konumuna yazılamadı.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="219"/>
        <source>QGIS could not start the atlas of the route book&apos;s strip pages.</source>
        <translation>QGIS, güzergâh kitapçığının şerit sayfalarının atlasını başlatamadı.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="43"/>
        <source>Compare corridor scenarios</source>
        <translation>Koridor senaryolarını karşılaştır</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>Builds the corridor of every scenario in a scenario file on one road and tables them side by side: widths, geodesic area, patrol length, and, when given, the incidents and places inside. Each scenario is computed on its own, so its numbers are those Build corridor, Flag incidents in the corridor and Places in the corridor give with its parameters.</source>
        <translation>Bir senaryo dosyasındaki her senaryonun koridorunu tek bir yol üzerinde oluşturur ve bunları yan yana tablolar: genişlikler, jeodezik alan, devriye uzunluğu ve verilmişse içerideki olaylar ve yerler. Her senaryo ayrı hesaplanır; bu yüzden değerleri, kendi parametreleriyle 'Koridoru oluştur', 'Koridordaki olayları işaretle' ve 'Koridordaki yerler' algoritmalarının verdiği değerlerle aynıdır.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Scenarios&lt;/b&gt;: a .json file whose format is secure-corridor-scenarios, version 1, with a list of scenarios, each a name and its parameters as in a saved corridor specification: left_width_m, right_width_m, end_cap, from_km, to_km, patrol_start and patrol_end (each with a name, and lon and lat in WGS84), snap_tolerance_m, date_from, date_to. A wrong field is an error naming the scenario and the field, before anything is written. resources/sample/m4_scenarios.json is an example.</source>
        <translation>&lt;b&gt;Yol&lt;/b&gt;: bir çizgi katmanı (ya da seçili objeleri). &lt;b&gt;Senaryolar&lt;/b&gt;: biçimi secure-corridor-scenarios, sürümü 1 olan bir .json dosyası; içinde her biri bir ad ve kaydedilmiş bir koridor tanımındaki gibi parametrelerden oluşan senaryoların listesi bulunur: left_width_m, right_width_m, end_cap, from_km, to_km, patrol_start ve patrol_end (her biri name, WGS84'te lon ve lat ile), snap_tolerance_m, date_from, date_to. Hatalı bir alan, hiçbir şey yazılmadan önce senaryoyu ve alanı belirten bir hataya yol açar. Örnek: resources/sample/m4_scenarios.json.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional), with their &lt;b&gt;Date field&lt;/b&gt; and &lt;b&gt;Date format&lt;/b&gt; for the scenarios&apos; date windows; &lt;b&gt;Places&lt;/b&gt; (optional).</source>
        <translation>&lt;b&gt;Olaylar&lt;/b&gt; (isteğe bağlı), senaryoların tarih aralıkları için &lt;b&gt;Tarih alanı&lt;/b&gt; ve &lt;b&gt;Tarih biçimi&lt;/b&gt; ile; &lt;b&gt;Yerler&lt;/b&gt; (isteğe bağlı).</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Table&lt;/b&gt;: a CSV file (UTF-8, with a header), one row per scenario: name, north_m, south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, incidents_in_patrol, incidents_in_window (inside the corridor and in the window), places_inside, places_in_patrol, then the patrol&apos;s ends and the window. A cell is empty where a scenario has no patrol or window, or no layer was given.</source>
        <translation>&lt;b&gt;Tablo&lt;/b&gt;: bir CSV dosyası (UTF-8, başlık satırıyla), senaryo başına bir satır: name, north_m, south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, incidents_in_patrol, incidents_in_window (koridor içinde ve aralıkta), places_inside, places_in_patrol, ardından devriyenin uçları ve aralık. Senaryonun devriyesi ya da aralığı yoksa veya katman verilmemişse hücre boştur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Corridors&lt;/b&gt; (optional): one polygon per scenario, in the road&apos;s CRS, with a &apos;scenario&apos; field; loaded with an outline of its own colour and dash per scenario.</source>
        <translation>&lt;b&gt;Koridorlar&lt;/b&gt; (isteğe bağlı): yolun KRS'sinde, 'scenario' alanlı, senaryo başına bir poligon; her senaryo için kendine ait renk ve kesik çizgi desenli bir dış çizgiyle yüklenir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="85"/>
        <source>Scenarios (JSON)</source>
        <translation>Senaryolar (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="109"/>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="110"/>
        <source>Corridors</source>
        <translation>Koridorlar</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="119"/>
        <source>Scenarios compared</source>
        <translation>Karşılaştırılan senaryolar</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="124"/>
        <source>{count} scenarios: {names}.</source>
        <translation>{count} senaryo: {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="132"/>
        <source>Reading the incidents</source>
        <translation>Olaylar okunuyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="140"/>
        <source>The scenarios {names} have a date window, but no Date field is chosen: their incidents in the window are left empty.</source>
        <translation>{names} senaryolarının bir tarih aralığı var, ancak Tarih alanı seçilmemiş: aralıktaki olayları boş bırakıldı.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="145"/>
        <source>Building the corridors</source>
        <translation>Koridorlar oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="149"/>
        <source>Writing the table</source>
        <translation>Tablo yazılıyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="154"/>
        <source>{name}: north {north_m:g} m, south {south_m:g} m, {area_km2:.1f} km²; incidents inside: {incidents}; places inside: {places}.</source>
        <translation>{name}: kuzey {north_m:g} m, güney {south_m:g} m, {area_km2:.1f} km²; içerideki olaylar: {incidents}; içerideki yerler: {places}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="23"/>
        <source>Patrol to GPS files (GPX, KML)</source>
        <translation>Devriyeden GPS dosyalarına (GPX, KML)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Writes the patrol stretch between two places as a GPX 1.1 file for GPS units and apps, and optionally as KML: waypoints at its start (km 0), at every checkpoint and at its end, named by their km from the start; a route through them; the patrol as a track of every vertex, within 1 m of the stretch the patrol algorithm cuts; and, if asked, the corridor&apos;s two edges alongside it as more tracks. Coordinates are WGS84 longitude/latitude.</source>
        <translation>İki yer arasındaki devriye kesimini GPS cihazları ve uygulamaları için bir GPX 1.1 dosyası olarak, isteğe bağlı olarak da KML olarak yazar: başlangıcında (km 0), her kontrol noktasında ve bitişinde, başlangıçtan itibaren km'leriyle adlandırılmış yol noktaları; bunlardan geçen bir rota; devriye algoritmasının çıkardığı kesime en fazla 1 m uzaklıkta, tüm köşe noktalarını içeren bir iz olarak devriye; ve istenirse yanında ek izler olarak koridorun iki sınırı. Koordinatlar WGS84 boylam/enlemdir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt; and the place names, &lt;b&gt;Snap tolerance&lt;/b&gt;: as in &apos;Patrol stretch between two places&apos;.</source>
        <translation>&lt;b&gt;Yol&lt;/b&gt;, &lt;b&gt;Başlangıç&lt;/b&gt;, &lt;b&gt;Bitiş&lt;/b&gt;, &lt;b&gt;Yerler&lt;/b&gt; ve yer adları, &lt;b&gt;Yakalama toleransı&lt;/b&gt;: 'İki yer arasındaki devriye kesimi' algoritmasındaki gibi.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none (the waypoints are then the two ends).</source>
        <translation>&lt;b&gt;Kontrol noktası aralığı&lt;/b&gt;: başlangıçtan itibaren kontrol noktaları arasındaki km; hiç istenmiyorsa 0 (bu durumda yol noktaları iki uçtur).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Corridor edges&lt;/b&gt;: add the corridor&apos;s two edges along the patrol stretch as tracks, named by their side and width, e.g. north edge (6 km); &lt;b&gt;North width&lt;/b&gt; and &lt;b&gt;South width&lt;/b&gt; as in &apos;Build corridor&apos; (0 for no edge on a side).</source>
        <translation>&lt;b&gt;Koridor sınırları&lt;/b&gt;: koridorun devriye kesimi boyunca iki sınırını, tarafları ve genişlikleriyle adlandırılmış izler olarak ekle, örn. north edge (6 km); &lt;b&gt;Kuzey genişliği&lt;/b&gt; ve &lt;b&gt;Güney genişliği&lt;/b&gt;: 'Koridoru oluştur' algoritmasındaki gibi (bir tarafta sınır istenmiyorsa 0).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;GPX file&lt;/b&gt;: waypoints, a route and tracks. Waypoint names are &apos;km 0&apos;, &apos;km 10&apos;, ...; the two ends carry their place&apos;s name as comment.</source>
        <translation>&lt;b&gt;GPX dosyası&lt;/b&gt;: yol noktaları, bir rota ve izler. Yol noktalarının adları 'km 0', 'km 10', ... şeklindedir; iki uç, yerlerinin adını yorum olarak taşır.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;KML file&lt;/b&gt; (optional): the same waypoints, route and tracks, one folder each, for Google Earth and phones.</source>
        <translation>&lt;b&gt;KML dosyası&lt;/b&gt; (isteğe bağlı): aynı yol noktaları, rota ve izler, her biri ayrı bir klasörde; Google Earth ve telefonlar için.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Output WAYPOINTS holds the number of waypoints.</source>
        <translation>WAYPOINTS çıktısı yol noktalarının sayısını içerir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>The inputs are only read. On an error no file is written.</source>
        <translation>Girdiler yalnızca okunur. Hata durumunda hiçbir dosya yazılmaz.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="65"/>
        <source>Add the corridor&apos;s edges as tracks</source>
        <translation>Koridorun sınırlarını iz olarak ekle</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX file</source>
        <translation>GPX dosyası</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML file</source>
        <translation>KML dosyası</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML files (*.kml)</source>
        <translation>KML dosyaları (*.kml)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="81"/>
        <source>Number of waypoints</source>
        <translation>Yol noktası sayısı</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="95"/>
        <source>Drawing the corridor&apos;s edges</source>
        <translation>Koridorun sınırları çiziliyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="101"/>
        <source>Corridor edge: {name}, {points} points.</source>
        <translation>Koridor sınırı: {name}, {points} nokta.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="103"/>
        <source>Writing the GPS files</source>
        <translation>GPS dosyaları yazılıyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="155"/>
        <source>Written: {path}</source>
        <translation>Yazıldı: {path}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="41"/>
        <source>nothing was written to {path} (&apos;{label}&apos;)</source>
        <translation>{path} ('{label}') konumuna hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="40"/>
        <source>Places in the corridor</source>
        <translation>Koridordaki yerler</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>Lists the places (settlements) inside the corridor along a road: on which side, how far from the road, at which km, and whether in the patrol stretch; and the places just outside, within a margin of the corridor&apos;s edge. Places are measured as incidents are, so their numbers agree with Flag incidents in the corridor.</source>
        <translation>Bir yol boyunca koridor içindeki yerleri (yerleşimleri) listeler: hangi tarafta, yoldan ne kadar uzakta, hangi km'de ve devriye kesiminde olup olmadıkları; ayrıca koridor sınırından belirli bir pay içinde, hemen dışında kalan yerleri. Yerler olaylarla aynı şekilde ölçülür; bu yüzden değerleri 'Koridordaki olayları işaretle' ile uyuşur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Places&lt;/b&gt;: a point layer; a place of several points is taken at its first. &lt;b&gt;Name fields&lt;/b&gt;: the fields copied to the outputs (by default every field with &apos;name&apos; in its name, such as name_en and name_ar).</source>
        <translation>&lt;b&gt;Yol&lt;/b&gt;: bir çizgi katmanı (ya da seçili objeleri). &lt;b&gt;Yerler&lt;/b&gt;: bir nokta katmanı; birden çok noktadan oluşan bir yer ilk noktasında alınır. &lt;b&gt;Ad alanları&lt;/b&gt;: çıktılara kopyalanan alanlar (varsayılan olarak adında 'name' geçen her alan, örn. name_en ve name_ar).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Margin&lt;/b&gt; (m): a place outside the corridor but at most this far from its edge is listed as near the edge.</source>
        <translation>&lt;b&gt;Pay&lt;/b&gt; (m): koridorun dışında olup sınırına en fazla bu kadar uzaklıktaki bir yer, sınıra yakın olarak listelenir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Places&lt;/b&gt; (points in the road&apos;s CRS, by km along the route): the name fields, side (north/south or west/east, &apos;on route&apos; on the road), dist_m (geodesic distance to the road), route_km (km along the route), patrol_km (km from the patrol&apos;s start along the patrol; empty without a patrol), in_patrol, status (&apos;inside&apos; or &apos;near edge&apos;) and outside_m (how far outside the corridor, for a place near the edge).</source>
        <translation>&lt;b&gt;Yerler&lt;/b&gt; (yolun KRS'sinde, güzergâh boyunca km'ye göre sıralı noktalar): ad alanları, side (kuzey/güney veya batı/doğu; yol üzerindeyse 'on route'), dist_m (yola jeodezik uzaklık), route_km (güzergâh boyunca km), patrol_km (devriye boyunca devriyenin başlangıcından itibaren km; devriye yoksa boş), in_patrol, status ('inside' veya 'near edge') ve outside_m (sınıra yakın bir yer için koridorun ne kadar dışında olduğu).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Table&lt;/b&gt; (optional): the same rows as a CSV file (UTF-8, with a header), with the places&apos; WGS84 lon and lat.</source>
        <translation>&lt;b&gt;Tablo&lt;/b&gt; (isteğe bağlı): aynı satırlar, yerlerin WGS84 lon ve lat değerleriyle birlikte bir CSV dosyası olarak (UTF-8, başlık satırıyla).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>The log counts the places inside per side and per 10 km: along the patrol from its start when there is a patrol, else along the route. Outputs INSIDE and NEAR_EDGE count the places for models.</source>
        <translation>Günlükte içerideki yerler taraf başına ve her 10 km için sayılır: devriye varsa başlangıcından itibaren devriye boyunca, yoksa güzergâh boyunca. INSIDE ve NEAR_EDGE çıktıları, modeller için yer sayılarını verir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="88"/>
        <source>Name fields</source>
        <translation>Ad alanları</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="99"/>
        <source>Margin outside the corridor (m)</source>
        <translation>Koridor dışındaki pay (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>Table (CSV)</source>
        <translation>Tablo (CSV)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="111"/>
        <source>Places inside the corridor</source>
        <translation>Koridor içindeki yerler</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="112"/>
        <source>Places near the corridor&apos;s edge</source>
        <translation>Koridor sınırına yakın yerler</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="125"/>
        <source>Reading the places</source>
        <translation>Yerler okunuyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="131"/>
        <source>Writing the places</source>
        <translation>Yerler yazılıyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="173"/>
        <source>The places layer has no field &apos;{field}&apos;; its fields are {fields}.</source>
        <translation>Yerler katmanında '{field}' alanı yok; alanları: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="180"/>
        <source>The name field(s) {fields} have the name of a field this algorithm adds: choose other name fields, or rename those.</source>
        <translation>{fields} ad alanlarının adı, bu algoritmanın eklediği bir alanın adıyla aynı: başka ad alanları seçin ya da bunları yeniden adlandırın.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="188"/>
        <source>{inside} places inside the corridor ({sides}); {near} outside it within {margin:g} m of its edge.</source>
        <translation>Koridor içinde {inside} yer ({sides}); dışında, sınırına {margin:g} m mesafe içinde {near} yer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="193"/>
        <source>{count} places have no location.</source>
        <translation>{count} yerin konumu yok.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="195"/>
        <source>Places inside per {km:g} km along the patrol, from its start:</source>
        <translation>Devriye boyunca, başlangıcından itibaren her {km:g} km için içerideki yerler:</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="198"/>
        <source>Places inside per {km:g} km along the route:</source>
        <translation>Güzergâh boyunca her {km:g} km için içerideki yerler:</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="201"/>
        <source>  km {low:g} to {high:g}: {count} ({sides})</source>
        <translation>  km {low:g} – {high:g}: {count} ({sides})</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="41"/>
        <source>Route book of the patrol (PDF)</source>
        <translation>Devriyenin güzergâh kitapçığı (PDF)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Makes a printable route book for a patrol team: an overview page of the whole patrol, then one page per stretch of road, each at the same fixed scale and turned so that the road runs left to right in the direction of travel, with km ticks, checkpoints, the corridor&apos;s edges, places and incidents, a north arrow to true north and a scale bar.</source>
        <translation>Bir devriye ekibi için yazdırılabilir bir güzergâh kitapçığı hazırlar: tüm devriyenin genel görünüm sayfası, ardından yolun her kesimi için bir sayfa; her biri aynı sabit ölçekte ve yol gidiş yönünde soldan sağa uzanacak şekilde döndürülmüş; km işaretleri, kontrol noktaları, koridorun sınırları, yerler ve olaylar, coğrafi kuzeyi gösteren bir kuzey oku ve bir ölçek çubuğuyla.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt;: as for the patrol stretch; the places are also labelled on the maps, by their name field and an Arabic name field (name_ar) when the layer has one.</source>
        <translation>&lt;b&gt;Yol&lt;/b&gt;, &lt;b&gt;Başlangıç&lt;/b&gt;, &lt;b&gt;Bitiş&lt;/b&gt;, &lt;b&gt;Yerler&lt;/b&gt;: devriye kesimindeki gibi; yerler ayrıca haritalarda ad alanlarıyla ve katmanda varsa Arapça ad alanıyla (name_ar) etiketlenir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional): points flagged against the corridor and the patrol, drawn as the Flag incidents algorithm styles them; with a &lt;b&gt;Date field&lt;/b&gt; and a window, those outside it are dimmed.</source>
        <translation>&lt;b&gt;Olaylar&lt;/b&gt; (isteğe bağlı): koridora ve devriyeye göre işaretlenen noktalar, 'Olayları işaretle' algoritmasının verdiği stille çizilir; &lt;b&gt;Tarih alanı&lt;/b&gt; ve bir aralık verilirse aralık dışındakiler soluk gösterilir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Page length&lt;/b&gt;, &lt;b&gt;Overlap&lt;/b&gt;: km of patrol per page, and km each page repeats of the one before. &lt;b&gt;Scale&lt;/b&gt;: the scale&apos;s denominator for every strip page (e.g. 50000); 0 chooses the largest standard scale at which every page&apos;s stretch and corridor fit.</source>
        <translation>&lt;b&gt;Sayfa uzunluğu&lt;/b&gt;, &lt;b&gt;Örtüşme&lt;/b&gt;: sayfa başına devriye km'si ve her sayfanın bir öncekinden tekrarladığı km. &lt;b&gt;Ölçek&lt;/b&gt;: her şerit sayfa için ölçeğin paydası (örn. 50000); 0, her sayfanın kesiminin ve koridorunun sığdığı en büyük standart ölçeği seçer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Route book&lt;/b&gt;: the PDF. &lt;b&gt;Strip pages&lt;/b&gt; (optional): each page&apos;s map extent as a polygon, fields page (its page in the book; the overview is page 1), from_km and to_km (km from the patrol&apos;s start) and rotation (the map rotation, degrees clockwise, in the book&apos;s local projection centred on the patrol). The layer drives an atlas for printing the pages with QGIS&apos;s own layouts.</source>
        <translation>&lt;b&gt;Güzergâh kitapçığı&lt;/b&gt;: PDF dosyası. &lt;b&gt;Şerit sayfalar&lt;/b&gt; (isteğe bağlı): her sayfanın harita kapsamı bir poligon olarak; alanlar: page (kitapçıktaki sayfası; genel görünüm 1. sayfadır), from_km ve to_km (devriyenin başlangıcından itibaren km) ve rotation (kitapçığın devriyeye ortalanmış yerel projeksiyonunda, saat yönünde derece cinsinden harita dönüşü). Katman, sayfaları QGIS'in kendi yerleşimleriyle yazdırmak için bir atlası yönlendirir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Outputs PAGE_COUNT (pages in the PDF) and SCALE hold the book&apos;s numbers for models.</source>
        <translation>PAGE_COUNT (PDF'deki sayfa sayısı) ve SCALE çıktıları, modeller için kitapçığın değerlerini içerir.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Page length (km)</source>
        <translation>Sayfa uzunluğu (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Overlap (km)</source>
        <translation>Örtüşme (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Scale (e.g. 50000), 0 to choose</source>
        <translation>Ölçek (örn. 50000), otomatik seçim için 0</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>Route book</source>
        <translation>Güzergâh kitapçığı</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="123"/>
        <source>Pages in the route book</source>
        <translation>Güzergâh kitapçığındaki sayfa sayısı</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="124"/>
        <source>Scale of the strip pages</source>
        <translation>Şerit sayfaların ölçeği</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="140"/>
        <source>{count} strip pages at 1:{scale}.</source>
        <translation>1:{scale} ölçekte {count} şerit sayfa.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="150"/>
        <source>Writing the strip pages</source>
        <translation>Şerit sayfalar yazılıyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="154"/>
        <source>Drawing the route book</source>
        <translation>Güzergâh kitapçığı çiziliyor</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="165"/>
        <source>Choose where to save the route book (a PDF file).</source>
        <translation>Güzergâh kitapçığının kaydedileceği yeri seçin (bir PDF dosyası).</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="170"/>
        <source>The folder {folder} for the route book does not exist.</source>
        <translation>Güzergâh kitapçığı için {folder} klasörü mevcut değil.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="190"/>
        <source>A date window is set but no incidents with a date field: choose the incidents&apos; date field.</source>
        <translation>Bir tarih aralığı ayarlanmış, ancak tarih alanı olan olay yok: olayların tarih alanını seçin.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="69"/>
        <source>Save the route book</source>
        <translation>Güzergâh kitapçığını kaydet</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="107"/>
        <source>writing the route book</source>
        <translation>güzergâh kitapçığı yazılırken</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="109"/>
        <source>Route book of {pages} pages saved to {path}.</source>
        <translation>{pages} sayfalık güzergâh kitapçığı {path} dosyasına kaydedildi.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="112"/>
        <source>making the route book</source>
        <translation>güzergâh kitapçığı hazırlanırken</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="208"/>
        <source>Places in the corridor…</source>
        <translation>Koridordaki yerler…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="209"/>
        <source>Which places fall inside the corridor or near its edge: side, distance and km, as a layer and a CSV table (Processing dialog).</source>
        <translation>Hangi yerler koridorun içinde ya da sınırına yakın: taraf, uzaklık ve km; katman ve CSV tablosu olarak (Processing penceresi).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="211"/>
        <source>Compare scenarios…</source>
        <translation>Senaryoları karşılaştır…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="212"/>
        <source>Candidate corridors from a scenario file (JSON) side by side: area, patrol length, incidents and places (Processing dialog).</source>
        <translation>Bir senaryo dosyasındaki (JSON) aday koridorlar yan yana: alan, devriye uzunluğu, olaylar ve yerler (Processing penceresi).</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="24"/>
        <source>incidents inside</source>
        <translation>koridor içindeki olaylar</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="25"/>
        <source>in the patrol stretch</source>
        <translation>devriye kesiminde</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="26"/>
        <source>inside, in the date window</source>
        <translation>içeride, tarih aralığında</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="27"/>
        <source>places inside</source>
        <translation>içerideki yerler</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="46"/>
        <source>The chart could not be written to {path}.</source>
        <translation>Grafik {path} dosyasına yazılamadı.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Chart of the counts&lt;/b&gt; (optional): a PNG bar chart, per scenario, of the incidents inside, in the patrol stretch and in the window, and the places inside.</source>
        <translation>&lt;b&gt;Sayıların grafiği&lt;/b&gt; (isteğe bağlı): her senaryo için koridor içindeki, devriye kesimindeki ve tarih aralığındaki olayların ve içerideki yerlerin PNG çubuk grafiği.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>Chart of the counts</source>
        <translation>Sayıların grafiği</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>PNG files (*.png)</source>
        <translation>PNG dosyaları (*.png)</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="318"/>
        <source>Could not rename the table {table} of {path} to {name}: {error}</source>
        <translation>{path} içindeki {table} tablosu {name} olarak yeniden adlandırılamadı: {error}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../build/i18n/core_messages.py" line="3"/>
        <source>No road features were given: select the road&apos;s line features.</source>
        <translation>Hiç yol objesi verilmedi: yolun çizgi objelerini seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="4"/>
        <source>The gap tolerance</source>
        <translation>Boşluk toleransı</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="5"/>
        <source>{labels} labels were given for {count} road features; give one per feature.</source>
        <translation>{count} yol objesi için {labels} etiket verildi; her obje için bir etiket verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="6"/>
        <source>{name} must be a number of metres, 0 or more; got {value}.</source>
        <translation>{name} metre cinsinden 0 veya daha büyük bir sayı olmalıdır; verilen değer: {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="8"/>
        <source>Road {label} has no geometry; fix it or leave it out.</source>
        <translation>Yol {label} geometrisiz; düzeltin ya da dışarıda bırakın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="9"/>
        <source>Road {label} is a {kind}, not a geometry; the road must be made of lines.</source>
        <translation>Yol {label} bir geometri değil, bir {kind}; yol çizgilerden oluşmalıdır.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="10"/>
        <source>Road {label} is a {kind}; the road must be made of lines. Choose a line layer.</source>
        <translation>Yol {label} bir {kind}; yol çizgilerden oluşmalıdır. Bir çizgi katmanı seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="11"/>
        <source>Road {label} has missing or NaN coordinates; fix it.</source>
        <translation>Yol {label} eksik ya da NaN koordinatlar içeriyor; düzeltin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="7"/>
        <source>Road {label}</source>
        <translation>Yol {label}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="12"/>
        <source>The route start</source>
        <translation>Güzergâh başlangıcı</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="13"/>
        <source>The route end</source>
        <translation>Güzergâh sonu</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="14"/>
        <source>The route&apos;s two ends fall on the same point of the road; choose two different places.</source>
        <translation>Güzergâhın iki ucu yolun aynı noktasına düşüyor; iki farklı yer seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="15"/>
        <source>The road is a closed loop with no dead ends, so its ends are not known: name the route&apos;s two ends.</source>
        <translation>Yol, açık ucu olmayan kapalı bir döngü olduğundan uçları belirlenemiyor: güzergâhın iki ucunu belirtin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="16"/>
        <source>The route&apos;s ends must be two points, ((lon, lat), (lon, lat)).</source>
        <translation>Güzergâhın uçları iki nokta olmalıdır: ((lon, lat), (lon, lat)).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="17"/>
        <source>The route&apos;s ends {ends} are not WGS84 longitude/latitude; check them.</source>
        <translation>Güzergâhın uçları {ends} WGS84 boylam/enlem değil; kontrol edin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="18"/>
        <source>There are {categories} categories for {incidents} incidents: give one category per incident.</source>
        <translation>{incidents} olay için {categories} kategori var: her olay için bir kategori verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="19"/>
        <source>The left width</source>
        <translation>Sol genişlik</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="20"/>
        <source>The right width</source>
        <translation>Sağ genişlik</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="21"/>
        <source>{name} of {value:g} m is under {min_m:g} m; use 0 for no corridor on that side, or at least {min_m:g} m.</source>
        <translation>{name} ({value:g} m) en düşük değer olan {min_m:g} m'nin altında; o tarafta koridor istenmiyorsa 0, aksi halde en az {min_m:g} m kullanın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="22"/>
        <source>{name} of {value_km:g} km is over the limit of {max_km:g} km, the widest corridor this plugin keeps within 1 m of its true width; check the units (metres).</source>
        <translation>{name} ({value_km:g} km), {max_km:g} km sınırının üzerinde; bu sınır, eklentinin gerçek genişliğinden en fazla 1 m sapmayla oluşturabildiği en geniş koridordur. Birimleri kontrol edin (metre).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="23"/>
        <source>Both widths are 0: give at least one side a width.</source>
        <translation>İki genişlik de 0: en az bir tarafa genişlik verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="24"/>
        <source>Unknown end style &apos;{end_cap}&apos;; use one of {styles}.</source>
        <translation>Bilinmeyen uç biçimi '{end_cap}'; şunlardan birini kullanın: {styles}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="25"/>
        <source>The corridor stretch km {start:g} to km {end:g} must lie within the route (km 0 to {length_km:.3f}) with its start before its end.</source>
        <translation>km {start:g} ile km {end:g} arasındaki koridor kesimi güzergâhın içinde (km 0 ile {length_km:.3f} arası) olmalı ve başlangıcı bitişinden önce gelmelidir.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="26"/>
        <source>feature {id}: {value}</source>
        <translation>obje {id}: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="27"/>
        <source>Dates like {value} read differently by country (day/month/year in most of the world, month/day/year in the United States): give the date format, e.g. %d/%m/%Y or %m/%d/%Y.</source>
        <translation>{value} gibi tarihler ülkeye göre farklı okunur (dünyanın çoğunda gün/ay/yıl, ABD'de ay/gün/yıl): tarih biçimini girin, örn. %d/%m/%Y veya %m/%d/%Y.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="28"/>
        <source>The date window ends ({end}) before or on the day it starts ({start}); the end day is not counted: give an end after the start.</source>
        <translation>Tarih aralığının bitişi ({end}) başlangıç gününden ({start}) önce ya da onunla aynı gün; bitiş günü sayılmaz: başlangıçtan sonraki bir bitiş tarihi girin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="29"/>
        <source>The window&apos;s {name} {value} is not a date; give a day such as 2020-03-15.</source>
        <translation>Aralığın {name} değeri {value} bir tarih değil; 2020-03-15 gibi bir gün girin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="30"/>
        <source>The date format {date_format} has no strptime codes; use e.g. %d/%m/%Y.</source>
        <translation>{date_format} tarih biçiminde hiç strptime kodu yok; örneğin %d/%m/%Y kullanın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="31"/>
        <source>The date format {date_format} is not a valid strptime format ({error}).</source>
        <translation>{date_format} tarih biçimi geçerli bir strptime biçimi değil ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="32"/>
        <source>Road {label} is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>Yol {label} tek noktalı bir çizgi: bir yol için birbirinden ayrı iki nokta gerekir; düzeltin ya da seçimini kaldırın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="33"/>
        <source>Road {label} is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>Yol {label} sıfır uzunlukta bir çizgi (tüm noktaları aynı yerde): bir yol için birbirinden ayrı iki nokta gerekir; düzeltin ya da seçimini kaldırın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="34"/>
        <source>Road {label} has a part that is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>Yol {label} tek noktalı bir çizgi olan bir parça içeriyor: bir yol için birbirinden ayrı iki nokta gerekir; düzeltin ya da seçimini kaldırın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="35"/>
        <source>Road {label} has a part that is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>Yol {label} sıfır uzunlukta bir çizgi olan bir parça içeriyor (tüm noktaları aynı yerde): bir yol için birbirinden ayrı iki nokta gerekir; düzeltin ya da seçimini kaldırın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="36"/>
        <source>The road has a gap of {width_m:.{digits}f} m near {lon:.5f}, {lat:.5f} (between {first} and {second}), wider than the gap tolerance of {tolerance_m:.{digits}f} m. Select the missing road features, raise the gap tolerance, or choose to bridge all gaps.</source>
        <translation>Yolda {lon:.5f}, {lat:.5f} yakınında ({first} ile {second} arasında) {width_m:.{digits}f} m'lik bir boşluk var; bu, {tolerance_m:.{digits}f} m olan boşluk toleransından geniş. Eksik yol objelerini seçin, boşluk toleransını artırın ya da tüm boşlukların kapatılmasını seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="37"/>
        <source>{name} is {distance_km:.2f} km from the road, farther than the snap tolerance of {tolerance_km:.2f} km. Check that the right place and road are chosen, or raise the snap tolerance.</source>
        <translation>{name} yoldan {distance_km:.2f} km uzakta; bu, {tolerance_km:.2f} km olan yakalama toleransından fazla. Doğru yerin ve yolun seçildiğini kontrol edin ya da yakalama toleransını artırın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="38"/>
        <source>{labels} and {more} more</source>
        <translation>{labels} ve {more} tane daha</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="39"/>
        <source>{left_out_km:.2f} km of the selected road ({named}) is not on the route of {route_km:.2f} km and lies up to {farthest_km:.2f} km from it, so the corridor would leave it out. For a ring road, name the route&apos;s two ends (the route then runs between them); otherwise select only the road you mean, or choose to leave the rest out.</source>
        <translation>Seçili yolun {left_out_km:.2f} km'lik kısmı ({named}) {route_km:.2f} km'lik güzergâh üzerinde değil ve güzergâhtan {farthest_km:.2f} km'ye kadar uzakta; bu yüzden koridor bu kısmı dışarıda bırakır. Çevre yolu için güzergâhın iki ucunu belirtin (güzergâh bu durumda bunların arasında geçer); aksi halde yalnızca kastettiğiniz yolu seçin ya da kalan kısmın dışarıda bırakılmasını seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="40"/>
        <source>Corridor specification, field &apos;{field}&apos;: {problem}</source>
        <translation>Koridor tanımı, '{field}' alanı: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="41"/>
        <source>The incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="42"/>
        <source>parts_of must give an incident number for each of the {size} points.</source>
        <translation>parts_of, {size} noktanın her biri için bir olay numarası vermelidir.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="43"/>
        <source>parts_of must number the incidents 0, 1, 2, ... in order, each with at least one point.</source>
        <translation>parts_of olayları sırayla 0, 1, 2, ... şeklinde numaralandırmalı ve her olayın en az bir noktası olmalıdır.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="44"/>
        <source>A date window needs the incidents&apos; dates: choose the date field.</source>
        <translation>Tarih aralığı için olayların tarihleri gerekir: tarih alanını seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="45"/>
        <source>There are {dates} dates for {size} incidents: give one date per incident.</source>
        <translation>{size} olay için {dates} tarih var: her olay için bir tarih verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="46"/>
        <source>{what} has missing coordinates, or ones that cannot be converted to WGS84; fix them, or check the layer&apos;s CRS.</source>
        <translation>{what}: eksik ya da WGS84'e dönüştürülemeyen koordinatlar var; bunları düzeltin ya da katmanın KRS'sini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="47"/>
        <source>{what} has coordinates outside longitude -180..180 / latitude -90..90 after conversion to WGS84; check the layer&apos;s CRS.</source>
        <translation>{what}: WGS84'e dönüştürüldükten sonra boylam -180..180 / enlem -90..90 aralığı dışında kalan koordinatlar var; katmanın KRS'sini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="48"/>
        <source>The points</source>
        <translation>Noktalar</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="49"/>
        <source>{what}&apos; coordinates must be numbers of degrees ({error}).</source>
        <translation>{what}: koordinatlar derece cinsinden sayı olmalıdır ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="50"/>
        <source>{what} have {longitudes} longitudes and {latitudes} latitudes: give one of each per point.</source>
        <translation>{what}: {longitudes} boylam ve {latitudes} enlem var: her nokta için birer tane verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="51"/>
        <source>The road turns back on itself, so its two sides cannot be told apart and unequal widths cannot be applied. Check the selected road parts (one carriageway only, no loops) or use equal widths.</source>
        <translation>Yol kendi üzerine geri dönüyor, bu yüzden iki tarafı birbirinden ayırt edilemiyor ve farklı genişlikler uygulanamıyor. Seçili yol parçalarını kontrol edin (yalnızca tek bir taşıt yolu, döngü yok) ya da eşit genişlikler kullanın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="58"/>
        <source>{name}&apos;s {axis} must be a number of degrees, got {value}.</source>
        <translation>{name}: {axis} derece cinsinden bir sayı olmalıdır; verilen değer: {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="59"/>
        <source>{name} has missing or NaN coordinates.</source>
        <translation>{name}: eksik ya da NaN koordinatlar var.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="60"/>
        <source>{name} has coordinates {lon}, {lat} outside WGS84 longitude/latitude ranges; check the layer&apos;s CRS.</source>
        <translation>{name}: {lon}, {lat} koordinatları WGS84 boylam/enlem aralıklarının dışında; katmanın KRS'sini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="61"/>
        <source>The snap tolerance must be more than 0 m.</source>
        <translation>Yakalama toleransı 0 m'den büyük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="62"/>
        <source>{start} and {end} fall on the same point of the road (km {km:.3f}); choose two different places.</source>
        <translation>{start} ve {end} yolun aynı noktasına düşüyor (km {km:.3f}); iki farklı yer seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="63"/>
        <source>The checkpoint interval must be more than 0 km.</source>
        <translation>Kontrol noktası aralığı 0 km'den büyük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="64"/>
        <source>A checkpoint every {interval_km:g} km makes {count:,.0f} checkpoints on the {length_km:.1f} km patrol; the most is {most:,}: give a longer interval (at least {shortest_km:.3g} km).</source>
        <translation>Her {interval_km:g} km'de bir kontrol noktası, {length_km:.1f} km'lik devriyede {count:,.0f} kontrol noktası eder; en fazla {most:,} olabilir: daha uzun bir aralık verin (en az {shortest_km:.3g} km).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="69"/>
        <source>corridors across the antimeridian are not supported, because a polygon in longitude/latitude cannot wrap from 180° to -180°.</source>
        <translation>antimeridyeni (180° meridyeni) aşan koridorlar desteklenmez, çünkü boylam/enlem cinsinden bir poligon 180°'den -180°'ye sarılamaz.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="70"/>
        <source>the North Pole</source>
        <translation>Kuzey Kutbu</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="71"/>
        <source>the South Pole</source>
        <translation>Güney Kutbu</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="72"/>
        <source>The road comes within {distance_km:.1f} km of {pole} near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): corridors near a pole are not supported, because a polygon in longitude/latitude cannot surround a pole, and within {clearance_km:.0f} km of one its straight edges stray from the true outline. With a width of {width_km:g} km the road must stay at least {limit_km:.1f} km from the pole.</source>
        <translation>Yol ile {pole} arasındaki mesafe {lon:.5f}, {lat:.5f} yakınında (güzergâhın km {route_km:.1f} noktası) {distance_km:.1f} km'ye iniyor: kutba yakın koridorlar desteklenmez, çünkü boylam/enlem cinsinden bir poligon bir kutbu çevreleyemez ve kutba {clearance_km:.0f} km'den yakın yerlerde düz kenarları gerçek sınırdan sapar. {width_km:g} km genişlikle yolun kutuptan en az {limit_km:.1f} km uzakta kalması gerekir.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="73"/>
        <source>The road crosses the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): {why} Split the road at 180° and build each side separately, each ending at least {short_km:.2f} km short of the meridian (a corridor cannot reach it either).</source>
        <translation>Yol, {lon:.5f}, {lat:.5f} yakınında (güzergâhın km {route_km:.1f} noktası) 180° meridyenini kesiyor: {why} Yolu 180°'de bölün ve her iki yanı ayrı ayrı oluşturun; her biri meridyenden en az {short_km:.2f} km önce bitmelidir (koridor da meridyene ulaşamaz).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="74"/>
        <source>Narrow the {side} side to under {narrower_km:.2f} km there, so that the corridor stops short of 180°.</source>
        <translation>Koridorun 180°'ye ulaşmadan bitmesi için orada {side} tarafını {narrower_km:.2f} km'nin altına daraltın.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="75"/>
        <source>The road itself runs too close to 180° there: build the corridor on a stretch that stays at least {clear_km:.2f} km from the meridian.</source>
        <translation>Yolun kendisi orada 180°'ye çok yakın geçiyor: koridoru meridyenden en az {clear_km:.2f} km uzakta kalan bir kesimde oluşturun.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="76"/>
        <source>The corridor would cross the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route), where the road is {distance_km:.2f} km from the meridian and the {side} side is {width_km:g} km wide: {why} {fix}</source>
        <translation>Koridor {lon:.5f}, {lat:.5f} yakınında (güzergâhın km {route_km:.1f} noktası) 180° meridyenini keserdi; burada yol meridyenden {distance_km:.2f} km uzakta ve {side} tarafı {width_km:g} km genişliğinde: {why} {fix}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="77"/>
        <source>The route&apos;s two ends are not connected by the road.</source>
        <translation>Güzergâhın iki ucu yol ile birbirine bağlı değil.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="82"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways); bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>{total} parçadan {used} tanesi kullanıldı; {left_out} parça ve {left_out_km:.2f} km yol dışarıda bırakıldı (bağlantı kolları, ikinci taşıt yolları); {bridged} boşluk kapatıldı (en genişi {widest_m:.0f} m)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="83"/>
        <source>{used} of {total} parts used; bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>{total} parçadan {used} tanesi kullanıldı; {bridged} boşluk kapatıldı (en genişi {widest_m:.0f} m)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="84"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways)</source>
        <translation>{total} parçadan {used} tanesi kullanıldı; {left_out} parça ve {left_out_km:.2f} km yol dışarıda bırakıldı (bağlantı kolları, ikinci taşıt yolları)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="85"/>
        <source>{used} of {total} parts used</source>
        <translation>{total} parçadan {used} tanesi kullanıldı</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="86"/>
        <source>The route</source>
        <translation>Güzergâh</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="87"/>
        <source>The route has fewer than two distinct points.</source>
        <translation>Güzergâhta birbirinden farklı ikiden az nokta var.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="88"/>
        <source>The stretch from km {start_km:.3f} to km {end_km:.3f} has no length; choose two different points.</source>
        <translation>km {start_km:.3f} ile km {end_km:.3f} arasındaki kesimin uzunluğu yok; iki farklı nokta seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="111"/>
        <source>must be a JSON object with the parameters, got {value}</source>
        <translation>parametreleri içeren bir JSON nesnesi olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="112"/>
        <source>must be &apos;{format}&apos;</source>
        <translation>'{format}' olmalıdır</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="108"/>
        <source>version {version} is not supported (expected {expected})</source>
        <translation>{version} sürümü desteklenmiyor (beklenen: {expected})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="113"/>
        <source>unknown field; known fields are {known}</source>
        <translation>bilinmeyen alan; bilinen alanlar: {known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="114"/>
        <source>must be a number, got {value}</source>
        <translation>bir sayı olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="115"/>
        <source>must be a number of ordinary size, got {value}</source>
        <translation>makul büyüklükte bir sayı olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="116"/>
        <source>must be more than {low:g}, got {value}</source>
        <translation>{low:g} değerinden büyük olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="117"/>
        <source>must be {low:g} or more, got {value}</source>
        <translation>{low:g} veya daha büyük olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="118"/>
        <source>must be at most {high:g}, got {value}</source>
        <translation>en fazla {high:g} olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="119"/>
        <source>must be true or false, got {value}</source>
        <translation>true veya false olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="120"/>
        <source>must be a date as text (YYYY-MM-DD), got {value}</source>
        <translation>metin olarak bir tarih (YYYY-MM-DD) olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="121"/>
        <source>must be a date YYYY-MM-DD, got {value}</source>
        <translation>YYYY-MM-DD biçiminde bir tarih olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="122"/>
        <source>must be an object with exactly name, lon and lat</source>
        <translation>yalnızca name, lon ve lat içeren bir nesne olmalıdır</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="96"/>
        <source>must be a non-empty text, got {value}</source>
        <translation>boş olmayan bir metin olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="97"/>
        <source>must be at most {limit} characters, got {value}</source>
        <translation>en fazla {limit} karakter olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="98"/>
        <source>holds a character that is not text, got {value}</source>
        <translation>metin olmayan bir karakter içeriyor; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="123"/>
        <source>must be 0 or at least {min_m:g} m, got {value}</source>
        <translation>0 veya en az {min_m:g} m olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="124"/>
        <source>both widths are 0; give at least one side a width</source>
        <translation>iki genişlik de 0; en az bir tarafa genişlik verin</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="125"/>
        <source>must be one of {styles}, got {value}</source>
        <translation>şunlardan biri olmalıdır: {styles}; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="126"/>
        <source>must be more than from_km ({from_km:g}), got {to_km:g}</source>
        <translation>from_km değerinden ({from_km:g}) büyük olmalıdır; verilen: {to_km:g}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="127"/>
        <source>is true, so patrol_start and patrol_end must both be given</source>
        <translation>true olduğundan patrol_start ve patrol_end birlikte verilmelidir</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="128"/>
        <source>must be a place with name, lon and lat</source>
        <translation>name, lon ve lat içeren bir yer olmalıdır</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="129"/>
        <source>must be text with strptime codes like %d/%m/%Y, got {value}</source>
        <translation>%d/%m/%Y gibi strptime kodları içeren bir metin olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="130"/>
        <source>must be after date_from ({date_from}), got {date_to}</source>
        <translation>date_from değerinden ({date_from}) sonra olmalıdır; verilen: {date_to}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="131"/>
        <source>the file is empty. Choose the .json file saved from the dock.</source>
        <translation>dosya boş. Panelden kaydedilen .json dosyasını seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="132"/>
        <source>not valid JSON ({error}); correct the file, or save the parameters again from the dock.</source>
        <translation>geçerli bir JSON değil ({error}); dosyayı düzeltin ya da parametreleri panelden yeniden kaydedin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="133"/>
        <source>lists or objects are nested more than {levels} levels deep; a parameter is one number, text or place.</source>
        <translation>listeler veya nesneler {levels} düzeyden daha derin iç içe; bir parametre tek bir sayı, metin ya da yerdir.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="134"/>
        <source>cannot read {path}: {reason}. Check the path and that the file may be read.</source>
        <translation>{path} okunamıyor: {reason}. Yolu ve dosyanın okuma iznini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="135"/>
        <source>{path} is {size:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>{path} {size:,} bayt; bu, {limit:,} bayt (1 MB) sınırının üzerinde. Kaydedilmiş bir parametre dosyası 2 KB'tan küçüktür, dolayısıyla bu muhtemelen bir parametre dosyası değil. Panelden kaydedilen .json dosyasını seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="136"/>
        <source>{path} is more than {limit:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>{path} {limit:,} bayttan büyük; bu, {limit:,} bayt (1 MB) sınırının üzerinde. Kaydedilmiş bir parametre dosyası 2 KB'tan küçüktür, dolayısıyla bu muhtemelen bir parametre dosyası değil. Panelden kaydedilen .json dosyasını seçin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="137"/>
        <source>the file holds bytes of value 0 (the first at byte offset {offset:,}), which JSON text never has: it is probably UTF-16 text without a byte order mark, or not text at all. Save it again as UTF-8.</source>
        <translation>dosyada JSON metninde asla bulunmayan 0 değerli baytlar var (ilki {offset:,} bayt konumunda): muhtemelen bayt sırası işareti (BOM) olmayan UTF-16 metin ya da hiç metin değil. Dosyayı UTF-8 olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="138"/>
        <source>the file is not UTF-8 text: the byte 0x{byte:02X} at byte offset {offset:,} (line {line}) is not UTF-8. Save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8).</source>
        <translation>dosya UTF-8 metin değil: {offset:,} bayt konumundaki (satır {line}) 0x{byte:02X} baytı UTF-8 değil. Dosyayı UTF-8 olarak yeniden kaydedin (Not Defteri'nde: Farklı Kaydet, Kodlama UTF-8).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="139"/>
        <source>the file begins as {encoding} text but is not: the byte 0x{byte:02X} at byte offset {offset:,} cannot be read. Save it again as UTF-8.</source>
        <translation>dosya {encoding} metin olarak başlıyor ama öyle değil: {offset:,} bayt konumundaki 0x{byte:02X} baytı okunamıyor. Dosyayı UTF-8 olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="140"/>
        <source>must be a finite number, got {value}</source>
        <translation>sonlu bir sayı olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="141"/>
        <source>west to east</source>
        <translation>batıdan doğuya</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="142"/>
        <source>east to west</source>
        <translation>doğudan batıya</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="143"/>
        <source>south to north</source>
        <translation>güneyden kuzeye</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="144"/>
        <source>north to south</source>
        <translation>kuzeyden güneye</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="145"/>
        <source>There are {points} incident points for {incidents} flagged incidents: give one point per incident.</source>
        <translation>{incidents} işaretlenmiş olay için {points} olay noktası var: her olay için bir nokta verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="146"/>
        <source>There are {kinds} kinds for {incidents} incidents: give one kind per incident.</source>
        <translation>{incidents} olay için {kinds} tür var: her olay için bir tür verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="147"/>
        <source>along the route</source>
        <translation>güzergâh boyunca</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="148"/>
        <source>km along the route ({direction})</source>
        <translation>güzergâh boyunca km ({direction})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="149"/>
        <source>Incidents along the route</source>
        <translation>Güzergâh boyunca olaylar</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="150"/>
        <source>km from {start} towards {end}</source>
        <translation>{start} noktasından {end} yönünde km</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="151"/>
        <source>Incidents along the patrol {start} → {end}</source>
        <translation>Devriye boyunca olaylar: {start} → {end}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="152"/>
        <source>{upper} ↑ / {lower} ↓ (km from the road)</source>
        <translation>{upper} ↑ / {lower} ↓ (yoldan km)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="153"/>
        <source>The corridor outline is invalid ({reason}).</source>
        <translation>Koridor sınırı geçersiz ({reason}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="154"/>
        <source>The corridor outline has no area; check the road and the widths.</source>
        <translation>Koridor sınırının alanı yok; yolu ve genişlikleri kontrol edin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="155"/>
        <source>The corridor&apos;s outline is {error_m:.2f} m off its width near {lon:.5f}, {lat:.5f} (km {km:.1f} of the route); this should not happen, please report it with the road used.</source>
        <translation>Koridor sınırı {lon:.5f}, {lat:.5f} yakınında (güzergâhın km {km:.1f} noktası) genişliğinden {error_m:.2f} m sapıyor; bu olmamalı, lütfen kullanılan yolla birlikte bildirin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="78"/>
        <source>north</source>
        <translation>kuzey</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="79"/>
        <source>south</source>
        <translation>güney</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="80"/>
        <source>east</source>
        <translation>doğu</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="81"/>
        <source>west</source>
        <translation>batı</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="52"/>
        <source>The page length must be more than 0 km.</source>
        <translation>Sayfa uzunluğu 0 km'den büyük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="53"/>
        <source>The overlap ({overlap_km:g} km) must be at least 0 km and less than the page length ({page_km:g} km).</source>
        <translation>Örtüşme ({overlap_km:g} km) en az 0 km ve sayfa uzunluğundan ({page_km:g} km) küçük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="54"/>
        <source>Pages of {page_km:g} km make {count:,} pages of the {length_km:.1f} km patrol; the most is {most:,}: give longer pages.</source>
        <translation>{page_km:g} km'lik sayfalar, {length_km:.1f} km'lik devriyeden {count:,} sayfa çıkarır; en fazla {most:,} olabilir: daha uzun sayfalar verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="55"/>
        <source>{width_km:.0f} km by {height_km:.0f} km do not fit a map at 1:{scale:,}.</source>
        <translation>{width_km:.0f} km'ye {height_km:.0f} km, 1:{scale:,} ölçekli bir haritaya sığmıyor.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="56"/>
        <source>The scale must be more than 0 (0 to choose it).</source>
        <translation>Ölçek 0'dan büyük olmalıdır (otomatik seçim için 0).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="57"/>
        <source>The km tick interval must be more than 0 km.</source>
        <translation>km işaretleri aralığı 0 km'den büyük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="65"/>
        <source>The places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="66"/>
        <source>The margin must be a number of metres, 0 or more; got {value}.</source>
        <translation>Pay, 0 veya daha büyük bir metre değeri olmalıdır; verilen: {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="67"/>
        <source>The section length must be more than 0 km; got {value}.</source>
        <translation>Bölüm uzunluğu 0 km'den büyük olmalıdır; verilen: {value}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="68"/>
        <source>The name field {field} has {count} values for {size} places: give one per place.</source>
        <translation>{field} ad alanında {size} yer için {count} değer var: her yer için bir değer verin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="89"/>
        <source>Scenario file, field &apos;{field}&apos;: {problem}</source>
        <translation>Senaryo dosyası, '{field}' alanı: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="90"/>
        <source>Scenario {number}, field &apos;{field}&apos;: {problem}</source>
        <translation>Senaryo {number}, '{field}' alanı: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="91"/>
        <source>Scenario &apos;{scenario}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>'{scenario}' senaryosu, '{field}' alanı: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="92"/>
        <source>must be a corridor specification</source>
        <translation>bir koridor tanımı olmalıdır</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="93"/>
        <source>{given} is given, so this must be too</source>
        <translation>{given} verildiği için bu da verilmelidir</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="94"/>
        <source>must be a JSON object with a name and parameters, got {value}</source>
        <translation>name ve parameters içeren bir JSON nesnesi olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="95"/>
        <source>unknown field; a scenario&apos;s fields are name, {known}</source>
        <translation>bilinmeyen alan; bir senaryonun alanları: name, {known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="99"/>
        <source>A scenario, field &apos;name&apos;: {problem}</source>
        <translation>Bir senaryo, 'name' alanı: {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="100"/>
        <source>the road&apos;s route is the same for every scenario; set this with the road, not in a scenario</source>
        <translation>yolun güzergâhı her senaryo için aynıdır; bunu senaryoda değil, yolla birlikte ayarlayın</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="101"/>
        <source>must list at least one scenario</source>
        <translation>en az bir senaryo listelemelidir</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="102"/>
        <source>lists {count} scenarios; the most is {most}</source>
        <translation>{count} senaryo listeliyor; en fazla {most} olabilir</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="103"/>
        <source>must be a scenario</source>
        <translation>bir senaryo olmalıdır</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="104"/>
        <source>scenario {first} has this name too; give each scenario its own name</source>
        <translation>{first} numaralı senaryo da bu adı taşıyor; her senaryoya kendi adını verin</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="105"/>
        <source>must be a JSON object with the scenarios, got {value}</source>
        <translation>senaryoları içeren bir JSON nesnesi olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="106"/>
        <source>unknown field; known fields are format, version, scenarios</source>
        <translation>bilinmeyen alan; bilinen alanlar: format, version, scenarios</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="107"/>
        <source>must be &apos;{format}&apos;, got {value}</source>
        <translation>'{format}' olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="109"/>
        <source>must be a list of scenarios, got {value}</source>
        <translation>bir senaryo listesi olmalıdır; verilen: {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="110"/>
        <source>Scenario &apos;{scenario}&apos;: {problem}</source>
        <translation>'{scenario}' senaryosu: {problem}</translation>
    </message>
</context>
</TS>
