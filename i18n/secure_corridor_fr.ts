<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="46"/>
        <source>Corridor, patrol stretch and incident flags along a road</source>
        <translation>Corridor, tronçon de patrouille et marquage des incidents le long d'une route</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="65"/>
        <source>inside the patrol stretch</source>
        <translation>dans le tronçon de patrouille</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="66"/>
        <source>inside the corridor</source>
        <translation>dans le corridor</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="67"/>
        <source>outside the corridor</source>
        <translation>hors du corridor</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="73"/>
        <source>other kinds</source>
        <translation>autres types</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="704"/>
        <source>outside the date window</source>
        <translation>hors de la fenêtre de dates</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="289"/>
        <source>patrol stretch</source>
        <translation>tronçon de patrouille</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="290"/>
        <source>corridor edge</source>
        <translation>limite du corridor</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="292"/>
        <source>{count} without a location (not shown)</source>
        <translation>{count} sans localisation (non affichés)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="377"/>
        <source>{km} km {side}</source>
        <translation>{km} km {side}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="21"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="644"/>
        <source>Hover over an incident for its km and distance from the road.</source>
        <translation>Survolez un incident pour afficher son km et sa distance à la route.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="669"/>
        <source>Flag incidents to see them here, by km along the road and distance from it.</source>
        <translation>Marquez les incidents pour les voir ici, selon leur km le long de la route et leur distance à celle-ci.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="695"/>
        <source>km {km:.1f}, {distance:.1f} km {side}</source>
        <translation>km {km:.1f}, {distance:.1f} km côté {side}</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="699"/>
        <source>km {km:.1f}, on the road</source>
        <translation>km {km:.1f}, sur la route</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="705"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>Save strip chart</source>
        <translation>Enregistrer le schéma linéaire</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="711"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Secure Corridor</source>
        <translation>Secure Corridor</translation>
    </message>
    <message>
        <location filename="../ui/chart.py" line="719"/>
        <source>Could not save the strip chart: {error}</source>
        <translation>Impossible d'enregistrer le schéma linéaire : {error}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>Choose the road&apos;s line layer under Road.</source>
        <translation>Choisissez la couche de lignes de la route sous Route.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="209"/>
        <source>{error} Under Road: tick &apos;Between the patrol ends&apos; to run the route between them, or &apos;Leave out road off the route&apos;.</source>
        <translation>{error} Sous Route : cochez « Entre les extrémités de la patrouille » pour faire passer l'itinéraire entre elles, ou « Exclure la route hors itinéraire ».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="240"/>
        <source>The route runs between the patrol ends (under Road), but they are not both chosen: choose them under Patrol, or untick &apos;Between the patrol ends&apos;.</source>
        <translation>L'itinéraire passe entre les extrémités de la patrouille (sous Route), mais elles ne sont pas toutes les deux choisies : choisissez-les sous Patrouille, ou décochez « Entre les extrémités de la patrouille ».</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route start</source>
        <translation>Début de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Route end</source>
        <translation>Fin de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="265"/>
        <source>route</source>
        <translation>itinéraire</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="270"/>
        <source>assembling the route</source>
        <translation>l'assemblage de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="285"/>
        <source>corridor</source>
        <translation>corridor</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="291"/>
        <source>building the corridor</source>
        <translation>la construction du corridor</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>Choose where the patrol starts: type a place name or pick a point on the map.</source>
        <translation>Choisissez le point de départ de la patrouille : saisissez un nom de lieu ou désignez un point sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="298"/>
        <source>Choose where the patrol ends: type a place name or pick a point on the map.</source>
        <translation>Choisissez le point d'arrivée de la patrouille : saisissez un nom de lieu ou désignez un point sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="309"/>
        <source>patrol</source>
        <translation>patrouille</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="313"/>
        <source>checkpoints</source>
        <translation>points de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="317"/>
        <source>building the patrol</source>
        <translation>la construction de la patrouille</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="65"/>
        <source>Choose the incidents&apos; point layer under Incidents.</source>
        <translation>Choisissez la couche de points des incidents sous Incidents.</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="74"/>
        <source>{layer} flagged</source>
        <translation>{layer} marqué</translation>
    </message>
    <message>
        <location filename="../ui/flag_run.py" line="59"/>
        <source>flagging incidents</source>
        <translation>le marquage des incidents</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="338"/>
        <source>Click the road on the map (right click or Esc to cancel).</source>
        <translation>Cliquez sur la route sur la carte (clic droit ou Échap pour annuler).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="370"/>
        <source>Save corridor parameters</source>
        <translation>Enregistrer les paramètres du corridor</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="376"/>
        <source>saving the parameters</source>
        <translation>l'enregistrement des paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="378"/>
        <source>Parameters saved to {path}.</source>
        <translation>Paramètres enregistrés dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="392"/>
        <source>There are no results to save yet: build the corridor first.</source>
        <translation>Il n'y a encore aucun résultat à enregistrer : construisez d'abord le corridor.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>Save results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="139"/>
        <source>saving the results</source>
        <translation>l'enregistrement des résultats</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="405"/>
        <source>Results saved to {path}: {names}.</source>
        <translation>Résultats enregistrés dans {path} : {names}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Load corridor parameters</source>
        <translation>Charger les paramètres du corridor</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>loading the parameters</source>
        <translation>le chargement des paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="427"/>
        <source>Parameters loaded from {path}: the same as before.</source>
        <translation>Paramètres chargés depuis {path} : identiques aux précédents.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="434"/>
        <source>Parameters loaded from {path}.</source>
        <translation>Paramètres chargés depuis {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="436"/>
        <source>The {count} result layers on the map were built with the earlier ones and are marked &apos;{mark}&apos;: build again to update them.</source>
        <translation>Les {count} couches de résultats sur la carte ont été construites avec les paramètres précédents et sont marquées « {mark} » : relancez la construction pour les mettre à jour.</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="21"/>
        <source>Map point at km {km:.1f}</source>
        <translation>Point de la carte au km {km:.1f}</translation>
    </message>
    <message>
        <location filename="../ui/map_tool.py" line="64"/>
        <source>Click to pick km {km:.1f} of the route ({distance:.2f} km from the pointer).</source>
        <translation>Cliquez pour choisir le km {km:.1f} de l'itinéraire (à {distance:.2f} km du pointeur).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="32"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="34"/>
        <source>On map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="35"/>
        <source>Click the road on the map; the point snaps to the route.</source>
        <translation>Cliquez sur la route sur la carte ; le point s'accroche à l'itinéraire.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="37"/>
        <source>The places whose names match, with their longitude and latitude.</source>
        <translation>Les lieux dont le nom correspond, avec leur longitude et leur latitude.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="72"/>
        <source>No matching place</source>
        <translation>Aucun lieu correspondant</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="69"/>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="97"/>
        <source>Settlements to search by name for the patrol&apos;s ends.</source>
        <translation>Localités dans lesquelles rechercher par nom les extrémités de la patrouille.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="100"/>
        <source>The names shown; other fields with &apos;name&apos; in their name are searched too.</source>
        <translation>Les noms affichés ; les autres champs dont le nom contient « name » sont aussi pris en compte dans la recherche.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="101"/>
        <source>Start: type a place name</source>
        <translation>Départ : saisissez un nom de lieu</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="102"/>
        <source>End: type a place name</source>
        <translation>Arrivée : saisissez un nom de lieu</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="103"/>
        <source>A patrol end farther than this from the road is an error.</source>
        <translation>Une extrémité de patrouille plus éloignée que cette distance de la route est une erreur.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="104"/>
        <source>A checkpoint every so many km from the patrol&apos;s start, and at its end.</source>
        <translation>Un point de contrôle tous les tant de km depuis le départ de la patrouille, et un à son arrivée.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="105"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="106"/>
        <source>Build patrol</source>
        <translation>Construire la patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="105"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="115"/>
        <source>Name field</source>
        <translation>Champ de nom</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="116"/>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="117"/>
        <source>End</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="118"/>
        <source>Snap within</source>
        <translation>Accrocher à moins de</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="119"/>
        <source>Checkpoints every</source>
        <translation>Points de contrôle tous les</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="17"/>
        <source>Temporary layers are lost when QGIS closes: choose a GeoPackage to keep them.</source>
        <translation>Les couches temporaires sont perdues à la fermeture de QGIS : choisissez un GeoPackage pour les conserver.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="24"/>
        <source>Cancelled {doing}; nothing was added.</source>
        <translation>Opération annulée pendant {doing} ; rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/runner.py" line="31"/>
        <source>Something went wrong {doing} ({error}). The details are in the log panel under &apos;{tag}&apos;.</source>
        <translation>Une erreur s'est produite pendant {doing} ({error}). Les détails figurent dans le panneau Journal, sous « {tag} ».</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Flat</source>
        <translation>Plates</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="42"/>
        <source>Round</source>
        <translation>Arrondies</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="82"/>
        <source>Road</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="110"/>
        <source>The road&apos;s line layer; its parts are joined into one route.</source>
        <translation>La couche de lignes de la route ; ses parties sont raccordées en un seul itinéraire.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="112"/>
        <source>Gaps between road parts up to this wide are bridged.</source>
        <translation>Les écarts entre parties de route jusqu'à cette largeur sont comblés.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="209"/>
        <source>Bridge all gaps</source>
        <translation>Combler tous les écarts</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="114"/>
        <source>Join the parts across gaps of any width instead of stopping with an error.</source>
        <translation>Raccorder les parties quelle que soit la largeur des écarts, au lieu de s'arrêter sur une erreur.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="115"/>
        <source>Reverse direction</source>
        <translation>Inverser le sens</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="116"/>
        <source>Routes run west to east (south to north) unless reversed; this swaps the sides.</source>
        <translation>Les itinéraires vont d'ouest en est (du sud au nord), sauf inversion ; l'inversion permute les côtés.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="117"/>
        <source>Between the patrol ends</source>
        <translation>Entre les extrémités de la patrouille</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="118"/>
        <source>Run the route between the patrol&apos;s two ends instead of between the road&apos;s far ends: for a ring road, or to take one road out of several.</source>
        <translation>Faire passer l'itinéraire entre les deux extrémités de la patrouille plutôt qu'entre les extrémités les plus éloignées de la route : pour une rocade, ou pour isoler une route parmi plusieurs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="213"/>
        <source>Leave out road off the route</source>
        <translation>Exclure la route hors itinéraire</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="123"/>
        <source>Build the route even when much of the selected road lies away from it (over a quarter, more than 1 km off), which is otherwise an error.</source>
        <translation>Construire l'itinéraire même lorsqu'une grande partie de la route sélectionnée s'en écarte (plus d'un quart, à plus de 1 km), ce qui est sinon une erreur.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="127"/>
        <source>Assemble route</source>
        <translation>Assembler l'itinéraire</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="333"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="130"/>
        <source>Gap tolerance</source>
        <translation>Tolérance d'écart</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="177"/>
        <source>Selected features only ({count})</source>
        <translation>Entités sélectionnées uniquement ({count})</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="148"/>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="202"/>
        <source>Flat: cut square at the route&apos;s ends. Round: half circles.</source>
        <translation>Plates : coupées à angle droit aux extrémités de l'itinéraire. Arrondies : demi-cercles.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="203"/>
        <source>Corridor only from this km of the route (start: from the start).</source>
        <translation>Corridor seulement à partir de ce km de l'itinéraire (début : depuis le début).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="204"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="205"/>
        <source>Corridor only up to this km of the route (end: to the end).</source>
        <translation>Corridor seulement jusqu'à ce km de l'itinéraire (fin : jusqu'à la fin).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="206"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="21"/>
        <source>Build corridor</source>
        <translation>Construire le corridor</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="218"/>
        <source>Ends</source>
        <translation>Extrémités</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>Stretch</source>
        <translation>Tronçon</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="219"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="237"/>
        <source>The {side} width of {width} km is over the widest corridor, {widest:g} km a side, that is kept within 1 m of its true width: check the units (km).</source>
        <translation>La largeur côté {side} de {width} km dépasse le corridor le plus large, {widest:g} km par côté, dont la largeur reste exacte à 1 m près : vérifiez les unités (km).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="250"/>
        <source>{side} width</source>
        <translation>Largeur côté {side}</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="251"/>
        <source>Width on the {side} side of the road, in km on the ellipsoid; at most {widest:g} km.</source>
        <translation>Largeur du côté {side} de la route, en km sur l'ellipsoïde ; au plus {widest:g} km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="87"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="314"/>
        <source>The incidents&apos; date; leave empty to ignore dates.</source>
        <translation>La date des incidents ; laissez vide pour ignorer les dates.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="316"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="317"/>
        <source>Read automatically: 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), 20200315. Day/month forms need a format in strptime codes: %d/%m/%Y for 15/03/2020, %m/%d/%Y for 03/15/2020.</source>
        <translation>Lues automatiquement : 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), 20200315. Les formes jour/mois exigent un format en codes strptime : %d/%m/%Y pour 15/03/2020, %m/%d/%Y pour 03/15/2020.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="322"/>
        <source>Incidents on or after this day are in the window.</source>
        <translation>Les incidents survenus ce jour-là ou après sont dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>To (exclusive)</source>
        <translation>Au (exclu)</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="323"/>
        <source>Incidents before this day are in the window; the day itself is not (exclusive).</source>
        <translation>Les incidents antérieurs à ce jour sont dans la fenêtre ; ce jour lui-même n'y est pas (exclu).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="328"/>
        <source>The incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED): the strip chart&apos;s markers and the counts by category. Leave empty for none.</source>
        <translation>La catégorie des incidents (event_type ou sub_event_type dans ACLED, type_of_violence dans UCDP GED) : elle détermine les symboles du schéma linéaire et les décomptes par catégorie. Laissez vide pour n'en utiliser aucune.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="332"/>
        <source>Flag incidents</source>
        <translation>Marquer les incidents</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="98"/>
        <source>Category field</source>
        <translation>Champ de catégorie</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="92"/>
        <source>Date field</source>
        <translation>Champ de date</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="336"/>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="337"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="385"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="386"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="387"/>
        <source>Save widths, ends, tolerances, patrol ends and dates as a JSON file.</source>
        <translation>Enregistrer les largeurs, les extrémités, les tolérances, les extrémités de la patrouille et les dates dans un fichier JSON.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="388"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="389"/>
        <source>Load a corridor specification saved as JSON.</source>
        <translation>Charger une définition de corridor enregistrée en JSON.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="390"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="391"/>
        <source>The user guide, shipped with the plugin (opens in your browser, offline).</source>
        <translation>Le guide de l'utilisateur, fourni avec l'extension (s'ouvre dans votre navigateur, hors ligne).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="393"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="398"/>
        <source>Temporary layers</source>
        <translation>Couches temporaires</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="399"/>
        <source>Leave empty for temporary layers, which are lost when QGIS closes; or choose a GeoPackage to keep them.</source>
        <translation>Laissez vide pour des couches temporaires, perdues à la fermeture de QGIS ; ou choisissez un GeoPackage pour les conserver.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="402"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="403"/>
        <source>Save results…</source>
        <translation>Enregistrer les résultats…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="404"/>
        <source>Write the result layers on the map, as they are, to a GeoPackage (the one above, or one you choose), and show them from there.</source>
        <translation>Écrire les couches de résultats de la carte, telles quelles, dans un GeoPackage (celui ci-dessus ou un autre de votre choix), et les afficher depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="422"/>
        <source>Strip chart</source>
        <translation>Schéma linéaire</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="424"/>
        <source>Save image…</source>
        <translation>Enregistrer l'image…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="425"/>
        <source>Save the strip chart as a PNG image or an SVG drawing.</source>
        <translation>Enregistrer le schéma linéaire en image PNG ou en dessin SVG.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="33"/>
        <source>{place} at {lonlat}</source>
        <translation>{place} à {lonlat}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="36"/>
        <source>Route {length} from {start} (km 0) to {end} (lon, lat); sides {left} (left of travel) and {right}.</source>
        <translation>Itinéraire de {length} de {start} (km 0) à {end} (lon, lat) ; côtés {left} (à gauche dans le sens de parcours) et {right}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>flat ends</source>
        <translation>extrémités plates</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="46"/>
        <source>round ends</source>
        <translation>extrémités arrondies</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="52"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}.</source>
        <translation>Corridor de {area} km² : {left} {left_km} km, {right} {right_km} km, {ends}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="55"/>
        <source>Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}, km {start} to {end}.</source>
        <translation>Corridor de {area} km² : {left} {left_km} km, {right} {right_km} km, {ends}, du km {start} au km {end}.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="66"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}).</source>
        <translation>Patrouille de {length} de {start} (km {start_km}) à {end} (km {end_km}).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="67"/>
        <source>Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}); {count} checkpoints.</source>
        <translation>Patrouille de {length} de {start} (km {start_km}) à {end} (km {end_km}) ; {count} points de contrôle.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="75"/>
        <source>{side} {count}</source>
        <translation>{side} : {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="79"/>
        <source>on the road {count}</source>
        <translation>sur la route : {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="81"/>
        <source>{total} incidents: {inside} inside the corridor ({sides}), {outside} outside.</source>
        <translation>{total} incidents : {inside} dans le corridor ({sides}), {outside} à l'extérieur.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="86"/>
        <source>{count} inside the patrol stretch.</source>
        <translation>{count} dans le tronçon de patrouille.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="88"/>
        <source>{outside} outside the date window; {inside} inside the corridor and in the window.</source>
        <translation>{outside} hors de la fenêtre de dates ; {inside} dans le corridor et dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="94"/>
        <source>{count} without a readable date, neither in nor out of the window (the first few are in the log).</source>
        <translation>{count} sans date lisible, ni dans la fenêtre ni en dehors (les premiers sont indiqués dans le journal).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="99"/>
        <source>{count} without a location (missing geometry).</source>
        <translation>{count} sans localisation (géométrie manquante).</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="107"/>
        <source>None inside the corridor by category.</source>
        <translation>Aucun incident dans le corridor par catégorie.</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>{category} {count}</source>
        <translation>{category} : {count}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="109"/>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="114"/>
        <source>{count} other categories {inside}</source>
        <translation>{count} autres catégories : {inside}</translation>
    </message>
    <message>
        <location filename="../ui/text.py" line="115"/>
        <source>Inside by category: {categories}.</source>
        <translation>Dans le corridor, par catégorie : {categories}.</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="114"/>
        <source>{count} incidents of &apos;{layer}&apos; cannot be placed in the output&apos;s CRS and are written without a geometry (their attributes and flags are kept): {features}</source>
        <translation>{count} incidents de « {layer} » ne peuvent pas être placés dans le SCR de sortie et sont écrits sans géométrie (leurs attributs et marquages sont conservés) : {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="175"/>
        <source>feature {id}</source>
        <translation>entité {id}</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="26"/>
        <source>&apos;{layer}&apos; (field {field})</source>
        <translation>« {layer} » (champ {field})</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="52"/>
        <source>{role}: no place in {places} is called &apos;{query}&apos; or anything like it.</source>
        <translation>{role} : aucun lieu de {places} ne s'appelle « {query} » ni rien d'approchant.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="64"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed} and {more} more. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role} : « {query} » correspond aussi bien à {count} lieux de {places} : {listed} et {more} autres. Indiquez le nom tel qu'il est écrit dans la couche, ou le lieu sous forme de point.</translation>
    </message>
    <message>
        <location filename="../bridge/gazetteer.py" line="69"/>
        <source>{role}: &apos;{query}&apos; matches {count} places in {places} equally well: {listed}. Give the name as the layer writes it, or the place as a point.</source>
        <translation>{role} : « {query} » correspond aussi bien à {count} lieux de {places} : {listed}. Indiquez le nom tel qu'il est écrit dans la couche, ou le lieu sous forme de point.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="46"/>
        <source>No features are selected in &apos;{layer}&apos;: select the road&apos;s features, or untick &apos;selected features only&apos;.</source>
        <translation>Aucune entité n'est sélectionnée dans « {layer} » : sélectionnez les entités de la route, ou décochez « Entités sélectionnées uniquement ».</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="97"/>
        <source>&apos;{layer}&apos; is a point layer; choose a line layer for the road.</source>
        <translation>« {layer} » est une couche de points ; choisissez une couche de lignes pour la route.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="99"/>
        <source>&apos;{layer}&apos; is a polygon layer; choose a line layer for the road.</source>
        <translation>« {layer} » est une couche de polygones ; choisissez une couche de lignes pour la route.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="102"/>
        <source>&apos;{layer}&apos; is a {kind} layer; choose a line layer for the road.</source>
        <translation>« {layer} » est une couche de type {kind} ; choisissez une couche de lignes pour la route.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="107"/>
        <source>feature {id} of &apos;{layer}&apos;</source>
        <translation>entité {id} de « {layer} »</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="115"/>
        <source>&apos;{layer}&apos; has no features to make a road from.</source>
        <translation>« {layer} » ne contient aucune entité à partir de laquelle construire une route.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="149"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its lines lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>« {layer} » n'a pas de système de coordonnées de référence (SCR) : la position de ses lignes sur la Terre est donc inconnue. Définissez-le dans les propriétés de la couche (Source, Système de coordonnées de référence assigné) et relancez.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="155"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so where its points lie on the Earth is not known: set it in the layer&apos;s properties (Source, Assigned coordinate reference system) and run again.</source>
        <translation>« {layer} » n'a pas de système de coordonnées de référence (SCR) : la position de ses points sur la Terre est donc inconnue. Définissez-le dans les propriétés de la couche (Source, Système de coordonnées de référence assigné) et relancez.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="168"/>
        <source>&apos;{layer}&apos; is a line layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>« {layer} » est une couche de lignes, or les incidents sont lus comme des points ; choisissez une couche de points pour les incidents.</translation>
    </message>
    <message>
        <location filename="../bridge/layers.py" line="173"/>
        <source>&apos;{layer}&apos; is a polygon layer, and incidents are read as points; choose a point layer for the incidents.</source>
        <translation>« {layer} » est une couche de polygones, or les incidents sont lus comme des points ; choisissez une couche de points pour les incidents.</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="141"/>
        <source>{count} of {total} features in &apos;{layer}&apos; have coordinates that cannot be converted to WGS84 longitude/latitude (check the layer&apos;s CRS); they are flagged without a location: {features}</source>
        <translation>{count} des {total} entités de « {layer} » ont des coordonnées impossibles à convertir en longitude/latitude WGS84 (vérifiez le SCR de la couche) ; elles sont marquées sans localisation : {features}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="148"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have a {field} that cannot be read as a date, so they are neither in nor out of the date window: {examples}</source>
        <translation>{count} des {total} incidents de « {layer} » ont une valeur de {field} illisible en tant que date ; ils ne sont donc ni dans la fenêtre de dates ni en dehors : {examples}</translation>
    </message>
    <message>
        <location filename="../bridge/points.py" line="156"/>
        <source>{count} of {total} incidents in &apos;{layer}&apos; have no {field}.</source>
        <translation>{count} des {total} incidents de « {layer} » n'ont pas de valeur de {field}.</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="42"/>
        <source>Secure corridor - {road}</source>
        <translation>Secure Corridor - {road}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="47"/>
        <source>earlier parameters</source>
        <translation>paramètres précédents</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="52"/>
        <source>{layer} (earlier parameters)</source>
        <translation>{layer} (paramètres précédents)</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="161"/>
        <source>Could not write &apos;{layer}&apos; to {path}: {message}</source>
        <translation>Impossible d'écrire « {layer} » dans {path} : {message}</translation>
    </message>
    <message>
        <location filename="../bridge/project.py" line="196"/>
        <source>Could not load style {file}: {message}</source>
        <translation>Impossible de charger le style {file} : {message}</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="59"/>
        <source>north</source>
        <translation>nord</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="60"/>
        <source>south</source>
        <translation>sud</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="61"/>
        <source>east</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="62"/>
        <source>west</source>
        <translation>ouest</translation>
    </message>
    <message>
        <location filename="../bridge/translation.py" line="63"/>
        <source>on the road</source>
        <translation>sur la route</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Builds the corridor along a road: every point within a true geodesic width (WGS84 ellipsoid, within 1 m) of the road, with its own width on each side. The road may come in many line features, in any order and direction; they are assembled into one route.</source>
        <translation>Construit le corridor le long d'une route : tous les points situés à moins d'une largeur géodésique réelle (ellipsoïde WGS84, à 1 m près) de la route, avec une largeur propre à chaque côté. La route peut se composer de nombreuses entités linéaires, dans n'importe quel ordre et sens ; elles sont assemblées en un seul itinéraire.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features).</source>
        <translation>&lt;b&gt;Route&lt;/b&gt; : une couche de lignes (ou ses entités sélectionnées).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt; (one polygon in the road&apos;s CRS), fields: north_m and south_m (the widths on the left and right of travel), left_side and right_side (their names: north/south or west/east), end_cap, from_km and to_km (the stretch of route covered), length_km (of the route), area_km2 (geodesic area).</source>
        <translation>&lt;b&gt;Corridor&lt;/b&gt; (un polygone dans le SCR de la route), champs : north_m et south_m (les largeurs à gauche et à droite dans le sens de parcours), left_side et right_side (leurs noms : north/south ou west/east), end_cap, from_km et to_km (le tronçon d'itinéraire couvert), length_km (longueur de l'itinéraire), area_km2 (superficie géodésique).</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="24"/>
        <source>Outputs AREA_KM2 and LENGTH_KM hold the same numbers for models.</source>
        <translation>Les sorties AREA_KM2 et LENGTH_KM fournissent les mêmes valeurs pour les modèles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="60"/>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="61"/>
        <source>Route length (km)</source>
        <translation>Longueur de l'itinéraire (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="119"/>
        <source>Assembling the route</source>
        <translation>Assemblage de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="136"/>
        <source>Building the corridor</source>
        <translation>Construction du corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="69"/>
        <source>Writing the corridor</source>
        <translation>Écriture du corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/build_corridor.py" line="79"/>
        <source>Corridor of {area_km2:.2f} km².</source>
        <translation>Corridor de {area_km2:.2f} km².</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="156"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;North width&lt;/b&gt;, &lt;b&gt;South width&lt;/b&gt;: metres on the WGS84 ellipsoid on the left and on the right of travel. The route runs west to east, so left is north (on a mostly north-south road it runs south to north and left is west). 0 for no corridor on a side, else at least 10 m.</source>
        <translation>&lt;b&gt;Largeur nord&lt;/b&gt;, &lt;b&gt;Largeur sud&lt;/b&gt; : en mètres sur l'ellipsoïde WGS84, à gauche et à droite dans le sens de parcours. L'itinéraire va d'ouest en est, la gauche est donc le nord (sur une route orientée surtout nord-sud, il va du sud au nord et la gauche est l'ouest). 0 pour aucun corridor d'un côté, sinon au moins 10 m.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="52"/>
        <source>&lt;b&gt;End style&lt;/b&gt;: flat (cut square through the road&apos;s ends) or round.</source>
        <translation>&lt;b&gt;Style des extrémités&lt;/b&gt; : plat (coupé à angle droit aux extrémités de la route) ou arrondi.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="62"/>
        <source>&lt;b&gt;Gap tolerance&lt;/b&gt;: road parts whose ends are at most this many metres apart are joined; a wider gap is an error that says where it is.</source>
        <translation>&lt;b&gt;Tolérance d'écart&lt;/b&gt; : les parties de route dont les extrémités sont distantes d'au plus ce nombre de mètres sont raccordées ; un écart plus large est une erreur qui indique où il se trouve.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Bridge all gaps&lt;/b&gt;: join the road&apos;s pieces whatever the gaps between them.</source>
        <translation>&lt;b&gt;Combler tous les écarts&lt;/b&gt; : raccorder les morceaux de la route quels que soient les écarts entre eux.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Reverse the route&lt;/b&gt;: run it east to west (north to south), so that km 0 is at the other end; the left of travel, where the North width goes, is then south (east).</source>
        <translation>&lt;b&gt;Inverser l'itinéraire&lt;/b&gt; : le parcourir d'est en ouest (du nord au sud), de sorte que le km 0 soit à l'autre extrémité ; la gauche dans le sens de parcours, où s'applique la largeur nord, est alors le sud (l'est).</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Route start&lt;/b&gt;, &lt;b&gt;Route end&lt;/b&gt; (optional, both or neither): run the route between these points, snapped to the road within 2 km, instead of between the road&apos;s two ends farthest apart; needed for a road that is a closed loop.</source>
        <translation>&lt;b&gt;Début de l'itinéraire&lt;/b&gt;, &lt;b&gt;Fin de l'itinéraire&lt;/b&gt; (facultatifs, les deux ou aucun) : faire passer l'itinéraire entre ces points, accrochés à la route dans un rayon de 2 km, plutôt qu'entre les deux extrémités les plus éloignées de la route ; nécessaire pour une route formant une boucle fermée.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="69"/>
        <source>&lt;b&gt;Leave out road off the route&lt;/b&gt;: without route ends, more than a quarter of the road lying over 1 km off the route (the other half of a ring road, a second road) is an error; with this set, the route is built and the rest reported.</source>
        <translation>&lt;b&gt;Exclure la route hors itinéraire&lt;/b&gt; : sans extrémités d'itinéraire, plus d'un quart de la route situé à plus de 1 km de l'itinéraire (l'autre moitié d'une rocade, une deuxième route) est une erreur ; avec cette option, l'itinéraire est construit et le reste est signalé.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="83"/>
        <source>The inputs are only read. A memory output is lost when QGIS closes: save to a GeoPackage to keep it.</source>
        <translation>Les entrées sont uniquement lues. Une sortie en mémoire est perdue à la fermeture de QGIS : enregistrez-la dans un GeoPackage pour la conserver.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>flat</source>
        <translation>plat</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="91"/>
        <source>round</source>
        <translation>arrondi</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>North width (m), left of travel</source>
        <translation>Largeur nord (m), à gauche dans le sens de parcours</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="178"/>
        <source>South width (m), right of travel</source>
        <translation>Largeur sud (m), à droite dans le sens de parcours</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="186"/>
        <source>End style</source>
        <translation>Style des extrémités</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="191"/>
        <source>Gap tolerance (m)</source>
        <translation>Tolérance d'écart (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="199"/>
        <source>Snap tolerance (m)</source>
        <translation>Tolérance d'accrochage (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="210"/>
        <source>Reverse the route (east to west)</source>
        <translation>Inverser l'itinéraire (d'est en ouest)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="211"/>
        <source>Route start (optional)</source>
        <translation>Début de l'itinéraire (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="212"/>
        <source>Route end (optional)</source>
        <translation>Fin de l'itinéraire (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="243"/>
        <source>Give both the route start and the route end, or neither.</source>
        <translation>Indiquez à la fois le début et la fin de l'itinéraire, ou aucun des deux.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route start</source>
        <translation>Le début de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="246"/>
        <source>The route end</source>
        <translation>La fin de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="262"/>
        <source>{error} Here: give the Route start and Route end, or set Leave out road off the route.</source>
        <translation>{error} Ici : indiquez le Début de l'itinéraire et la Fin de l'itinéraire, ou activez Exclure la route hors itinéraire.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="268"/>
        <source>Route of {length_km:.3f} km, sides {left} and {right}: {summary}.</source>
        <translation>Itinéraire de {length_km:.3f} km, côtés {left} et {right} : {summary}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="275"/>
        <source>Not on the route: {parts}.</source>
        <translation>Hors de l'itinéraire : {parts}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="28"/>
        <source>Flag incidents in the corridor</source>
        <translation>Marquer les incidents dans le corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Flags incident points against the corridor along a road: inside or not, on which side, how far from the road and at which km; optionally inside the patrol stretch and inside a date window. Distances are geodesic (WGS84). The road may come in many line features; they are assembled into one route first.</source>
        <translation>Marque les points d'incident par rapport au corridor le long d'une route : dedans ou non, de quel côté, à quelle distance de la route et à quel km ; en option, dans le tronçon de patrouille et dans une fenêtre de dates. Les distances sont géodésiques (WGS84). La route peut se composer de nombreuses entités linéaires ; elles sont d'abord assemblées en un seul itinéraire.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Incidents&lt;/b&gt;: a point layer (or its selected features). An incident of several points (MultiPoint) is inside when any of its points is, and takes its side, distance and km from its point nearest the road.</source>
        <translation>&lt;b&gt;Route&lt;/b&gt; : une couche de lignes (ou ses entités sélectionnées). &lt;b&gt;Incidents&lt;/b&gt; : une couche de points (ou ses entités sélectionnées). Un incident à plusieurs points (MultiPoint) est dans le corridor dès que l'un de ses points l'est, et prend son côté, sa distance et son km de son point le plus proche de la route.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Patrol start&lt;/b&gt;, &lt;b&gt;Patrol end&lt;/b&gt; (optional, both or neither): the patrol&apos;s ends, snapped to the road within the &lt;b&gt;Snap tolerance&lt;/b&gt; (m).</source>
        <translation>&lt;b&gt;Départ de la patrouille&lt;/b&gt;, &lt;b&gt;Arrivée de la patrouille&lt;/b&gt; (facultatifs, les deux ou aucun) : les extrémités de la patrouille, accrochées à la route dans la limite de la &lt;b&gt;Tolérance d'accrochage&lt;/b&gt; (m).</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Date field&lt;/b&gt; (optional): the incidents&apos; date: a date or date-time field, or text or numbers as real data writes them (2020-03-15, 2020-03-15 00:00:00.000 as in UCDP GED, 15 March 2020 as in ACLED, 20200315). A date-time counts by its calendar day as written: its time of day and time zone are set aside. Day/month forms such as 03/04/2020 need the &lt;b&gt;Date format&lt;/b&gt; (strptime codes, e.g. %d/%m/%Y or %m/%d/%Y). &lt;b&gt;From date&lt;/b&gt; counts from that day (inclusive); &lt;b&gt;To date&lt;/b&gt; is exclusive: an incident on that day or later is outside the window. An incident without a readable date is neither: its in_window is empty, and the log names the first few.</source>
        <translation>&lt;b&gt;Champ de date&lt;/b&gt; (facultatif) : la date des incidents : un champ date ou date-heure, ou du texte ou des nombres tels que les écrivent les données réelles (2020-03-15, 2020-03-15 00:00:00.000 comme dans UCDP GED, 15 March 2020 comme dans ACLED, 20200315). Une date-heure compte pour son jour calendaire tel qu'écrit : l'heure et le fuseau horaire sont ignorés. Les formes jour/mois comme 03/04/2020 exigent le &lt;b&gt;Format de date&lt;/b&gt; (codes strptime, p. ex. %d/%m/%Y ou %m/%d/%Y). La &lt;b&gt;Date de début&lt;/b&gt; compte à partir de ce jour (inclus) ; la &lt;b&gt;Date de fin&lt;/b&gt; est exclue : un incident survenu ce jour-là ou après est hors de la fenêtre. Un incident sans date lisible n'est ni l'un ni l'autre : son in_window est vide, et le journal indique les premiers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Category field&lt;/b&gt; (optional): the incidents&apos; category (event_type or sub_event_type in ACLED, type_of_violence in UCDP GED, whose codes 1, 2, 3 are logged by name); the log counts each category inside the corridor and the patrol stretch.</source>
        <translation>&lt;b&gt;Champ de catégorie&lt;/b&gt; (facultatif) : la catégorie des incidents (event_type ou sub_event_type dans ACLED, type_of_violence dans UCDP GED, dont les codes 1, 2, 3 sont journalisés par leur nom) ; le journal décompte chaque catégorie dans le corridor et dans le tronçon de patrouille.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>&lt;b&gt;Flagged incidents&lt;/b&gt; (every incident with all its attributes, in the road&apos;s CRS), added fields: in_corr (inside the corridor), side (north/south or west/east, &apos;on route&apos; when on the road), dist_m (geodesic distance to the road), chain_km (km along the route, which runs west to east), in_patrol (inside the corridor between the patrol&apos;s ends; false without a patrol), in_window (inside the window; empty without a date field or a readable date). An incident without a geometry is kept, inside nothing, with empty side, dist_m and chain_km.</source>
        <translation>&lt;b&gt;Incidents marqués&lt;/b&gt; (chaque incident avec tous ses attributs, dans le SCR de la route), champs ajoutés : in_corr (dans le corridor), side (north/south ou west/east, 'on route' lorsqu'il est sur la route), dist_m (distance géodésique à la route), chain_km (km le long de l'itinéraire, qui va d'ouest en est), in_patrol (dans le corridor entre les extrémités de la patrouille ; false sans patrouille), in_window (dans la fenêtre ; vide sans champ de date ou sans date lisible). Un incident sans géométrie est conservé, à l'intérieur de rien, avec side, dist_m et chain_km vides.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="31"/>
        <source>Outputs INSIDE, IN_PATROL and MISSING count incidents for models.</source>
        <translation>Les sorties INSIDE, IN_PATROL et MISSING fournissent les décomptes d'incidents pour les modèles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="96"/>
        <source>Patrol start</source>
        <translation>Départ de la patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="97"/>
        <source>Patrol end</source>
        <translation>Arrivée de la patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="98"/>
        <source>Date format (e.g. %d/%m/%Y)</source>
        <translation>Format de date (p. ex. %d/%m/%Y)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>From date (inclusive)</source>
        <translation>Date de début (incluse)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="101"/>
        <source>To date (exclusive)</source>
        <translation>Date de fin (exclue)</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="111"/>
        <source>Flagged incidents</source>
        <translation>Incidents marqués</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="116"/>
        <source>Incidents inside the corridor</source>
        <translation>Incidents dans le corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="117"/>
        <source>Incidents inside the patrol stretch</source>
        <translation>Incidents dans le tronçon de patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="118"/>
        <source>Incidents without a location</source>
        <translation>Incidents sans localisation</translation>
    </message>
    <message>
        <location filename="../bridge/flagging.py" line="47"/>
        <source>The incident layer already has the field(s) {fields}, which this algorithm adds (was it flagged before?): flag the original layer, or rename those fields.</source>
        <translation>La couche d'incidents possède déjà le ou les champs {fields}, que cet algorithme ajoute (a-t-elle déjà été marquée ?) : marquez la couche d'origine, ou renommez ces champs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="129"/>
        <source>A date window is set but no date field: choose the incidents&apos; date field.</source>
        <translation>Une fenêtre de dates est définie, mais aucun champ de date : choisissez le champ de date des incidents.</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="301"/>
        <source>Give both the patrol start and the patrol end, or neither.</source>
        <translation>Indiquez à la fois le départ et l'arrivée de la patrouille, ou aucun des deux.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol start</source>
        <translation>Le départ de la patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="77"/>
        <source>The patrol end</source>
        <translation>L'arrivée de la patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="148"/>
        <source>Flagging the incidents</source>
        <translation>Marquage des incidents</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="162"/>
        <source>{inside} of {total} incidents inside the corridor, {in_patrol} in the patrol stretch, {missing} without a location.</source>
        <translation>{inside} incidents sur {total} dans le corridor, {in_patrol} dans le tronçon de patrouille, {missing} sans localisation.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="167"/>
        <source>Date window: {inside_and_in_window} inside the corridor and in the window, {outside_window} outside the window, {undated} without a readable date.</source>
        <translation>Fenêtre de dates : {inside_and_in_window} dans le corridor et dans la fenêtre, {outside_window} hors de la fenêtre, {undated} sans date lisible.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="201"/>
        <source>The incidents have a field &apos;{field}&apos; that looks like a category: set Category field to count the incidents by it.</source>
        <translation>Les incidents ont un champ « {field} » qui ressemble à une catégorie : définissez-le comme Champ de catégorie pour décompter les incidents selon ce champ.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="207"/>
        <source>The incident layer has no field &apos;{field}&apos; for the Category field; its fields are {fields}.</source>
        <translation>La couche d'incidents n'a pas de champ « {field} » pour le Champ de catégorie ; ses champs sont {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="219"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch):</source>
        <translation>Par {field} (tous / dans le corridor / dans le tronçon de patrouille) :</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="221"/>
        <source>By {field} (all / inside the corridor / in the patrol stretch / inside and in the window):</source>
        <translation>Par {field} (tous / dans le corridor / dans le tronçon de patrouille / dans le corridor et dans la fenêtre) :</translation>
    </message>
    <message>
        <location filename="../processing_provider/flag_incidents.py" line="230"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../processing_provider/common.py" line="316"/>
        <source>{parameter} is not a date; give it as YYYY-MM-DD.</source>
        <translation>{parameter} n'est pas une date ; indiquez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="24"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="29"/>
        <source>Cancelled: {outputs}. Nothing was loaded.</source>
        <translation>Annulé : {outputs}. Rien n'a été chargé.</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="37"/>
        <source>the temporary layer &apos;{label}&apos; was discarded</source>
        <translation>la couche temporaire « {label} » a été abandonnée</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="39"/>
        <source>the file {path} (&apos;{label}&apos;) was deleted</source>
        <translation>le fichier {path} (« {label} ») a été supprimé</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="43"/>
        <source>the layer {layer} (&apos;{label}&apos;) was removed from {path}, whose other layers are untouched</source>
        <translation>la couche {layer} (« {label} ») a été retirée de {path}, dont les autres couches sont intactes</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="50"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted: it is incomplete, with {written} of {total} features</source>
        <translation>{path} (« {label} ») existait avant cette exécution et n'a donc pas été supprimé : il est incomplet, avec {written} entités sur {total}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="52"/>
        <source>{path} (&apos;{label}&apos;) existed before this run, so it was not deleted</source>
        <translation>{path} (« {label} ») existait avant cette exécution et n'a donc pas été supprimé</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="55"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason}): it is incomplete, with {written} of {total} features</source>
        <translation>le fichier {path} (« {label} ») n'a pas pu être supprimé ({reason}) : il est incomplet, avec {written} entités sur {total}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="57"/>
        <source>the file {path} (&apos;{label}&apos;) could not be deleted ({reason})</source>
        <translation>le fichier {path} (« {label} ») n'a pas pu être supprimé ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="61"/>
        <source>&apos;{label}&apos; was written to {where}: it is incomplete, with {written} of {total} features</source>
        <translation>« {label} » a été écrit dans {where} : il est incomplet, avec {written} entités sur {total}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="64"/>
        <source>&apos;{label}&apos; was written to {where}</source>
        <translation>« {label} » a été écrit dans {where}</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="22"/>
        <source>Patrol stretch between two places</source>
        <translation>Tronçon de patrouille entre deux lieux</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Cuts the stretch of road a patrol drives between two places, each snapped to the nearest point of the road, and optionally puts checkpoints every N km along it. The road may come in many line features; they are assembled into one route first, so the stretch follows the road across its parts. Lengths are geodesic (WGS84).</source>
        <translation>Découpe le tronçon de route parcouru par une patrouille entre deux lieux, chacun accroché au point le plus proche de la route, et place en option des points de contrôle tous les N km le long de celui-ci. La route peut se composer de nombreuses entités linéaires ; elles sont d'abord assemblées en un seul itinéraire, de sorte que le tronçon suit la route d'une partie à l'autre. Les longueurs sont géodésiques (WGS84).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;: the patrol&apos;s two ends, points with their CRS (a point without one is read in the project&apos;s CRS, or the road&apos;s). Or, for an end without a point, &lt;b&gt;Start place name&lt;/b&gt; / &lt;b&gt;End place name&lt;/b&gt; searched in &lt;b&gt;Places&lt;/b&gt; (its &lt;b&gt;Name field&lt;/b&gt; and every field with &apos;name&apos; in its name, e.g. name_ar), with the dock&apos;s tolerant search: &apos;Saraqeb&apos; finds Saraqab. A name that matches several places equally well is an error that lists them. &lt;b&gt;Start name&lt;/b&gt;, &lt;b&gt;End name&lt;/b&gt;: their names, for fields and messages (default Start and End).</source>
        <translation>&lt;b&gt;Départ&lt;/b&gt;, &lt;b&gt;Arrivée&lt;/b&gt; : les deux extrémités de la patrouille, des points avec leur SCR (un point sans SCR est lu dans le SCR du projet, ou dans celui de la route). Ou, pour une extrémité sans point, le &lt;b&gt;Nom du lieu de départ&lt;/b&gt; / &lt;b&gt;Nom du lieu d'arrivée&lt;/b&gt; recherché dans &lt;b&gt;Lieux&lt;/b&gt; (dans son &lt;b&gt;Champ de nom&lt;/b&gt; et dans tout champ dont le nom contient « name », p. ex. name_ar), avec la recherche tolérante du panneau : « Saraqeb » trouve Saraqab. Un nom qui correspond aussi bien à plusieurs lieux est une erreur qui les énumère. &lt;b&gt;Nom du départ&lt;/b&gt;, &lt;b&gt;Nom de l'arrivée&lt;/b&gt; : leurs noms, pour les champs et les messages (par défaut Start et End).</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Snap tolerance&lt;/b&gt;: how far (m) each end may lie from the road.</source>
        <translation>&lt;b&gt;Tolérance d'accrochage&lt;/b&gt; : distance maximale (m) entre chaque extrémité et la route.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none.</source>
        <translation>&lt;b&gt;Intervalle des points de contrôle&lt;/b&gt; : km entre les points de contrôle, à partir du départ ; 0 pour aucun.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt; (a line in the road&apos;s CRS, from start to end), fields: start_name, end_name, start_km and end_km (km along the route, which runs west to east), length_km.</source>
        <translation>&lt;b&gt;Patrouille&lt;/b&gt; (une ligne dans le SCR de la route, du départ à l'arrivée), champs : start_name, end_name, start_km et end_km (km le long de l'itinéraire, qui va d'ouest en est), length_km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>&lt;b&gt;Checkpoints&lt;/b&gt; (points; empty when the interval is 0), fields: km (from the patrol&apos;s start; the end is the last checkpoint), route_km (km along the route), label.</source>
        <translation>&lt;b&gt;Points de contrôle&lt;/b&gt; (points ; vide lorsque l'intervalle est 0), champs : km (depuis le départ de la patrouille ; l'arrivée est le dernier point de contrôle), route_km (km le long de l'itinéraire), label.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="25"/>
        <source>Outputs LENGTH_KM, START_KM and END_KM hold the patrol&apos;s numbers for models.</source>
        <translation>Les sorties LENGTH_KM, START_KM et END_KM fournissent les valeurs de la patrouille pour les modèles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="34"/>
        <source>Start (a point)</source>
        <translation>Départ (un point)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="35"/>
        <source>End (a point)</source>
        <translation>Arrivée (un point)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="36"/>
        <source>Places, to name the ends instead</source>
        <translation>Lieux, pour désigner plutôt les extrémités par leur nom</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="42"/>
        <source>Name field of the places</source>
        <translation>Champ de nom des lieux</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="48"/>
        <source>Start place name</source>
        <translation>Nom du lieu de départ</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="49"/>
        <source>End place name</source>
        <translation>Nom du lieu d'arrivée</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="50"/>
        <source>Start name</source>
        <translation>Nom du départ</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="51"/>
        <source>End name</source>
        <translation>Nom de l'arrivée</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Checkpoint interval (km), 0 for none</source>
        <translation>Intervalle des points de contrôle (km), 0 pour aucun</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="72"/>
        <source>Checkpoints</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="77"/>
        <source>Patrol length (km)</source>
        <translation>Longueur de la patrouille (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="78"/>
        <source>Start, km along the route</source>
        <translation>Départ, km le long de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="79"/>
        <source>End, km along the route</source>
        <translation>Arrivée, km le long de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="61"/>
        <source>Cutting the patrol stretch</source>
        <translation>Découpage du tronçon de patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="63"/>
        <source>{start} is {start_m:.0f} m from the road, {end} {end_m:.0f} m; patrol of {length_km:.3f} km.</source>
        <translation>{start} est à {start_m:.0f} m de la route, {end} à {end_m:.0f} m ; patrouille de {length_km:.3f} km.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="87"/>
        <source>Placing checkpoints</source>
        <translation>Placement des points de contrôle</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_segment.py" line="89"/>
        <source>Writing the patrol</source>
        <translation>Écriture de la patrouille</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="86"/>
        <source>{role}: give it as a point ({point}), or its name ({place}) with a places layer.</source>
        <translation>{role} : indiquez un point ({point}), ou un nom ({place}) avec une couche de lieux.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="98"/>
        <source>A place name is given, but no Places layer to find it in.</source>
        <translation>Un nom de lieu est indiqué, mais aucune couche Lieux où le rechercher.</translation>
    </message>
    <message>
        <location filename="../processing_provider/patrol_inputs.py" line="103"/>
        <source>Choose the Name field of the places layer.</source>
        <translation>Choisissez le Champ de nom de la couche de lieux.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="36"/>
        <source>Save the patrol for GPS units</source>
        <translation>Enregistrer la patrouille pour les appareils GPS</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX files (*.gpx)</source>
        <translation>Fichiers GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="59"/>
        <source>The patrol is saved for GPS units: {paths}.</source>
        <translation>La patrouille est enregistrée pour les appareils GPS : {paths}.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="62"/>
        <source>writing the GPS files</source>
        <translation>l'écriture des fichiers GPS</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="107"/>
        <source>Route book…</source>
        <translation>Carnet de route…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="108"/>
        <source>A PDF for the patrol team: an overview, then a map page per stretch of the patrol, rotated so the road runs across the page.</source>
        <translation>Un PDF pour l'équipe de patrouille : une vue d'ensemble, puis une page de carte par tronçon de la patrouille, tournée pour que la route traverse la page.</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="110"/>
        <source>GPS files…</source>
        <translation>Fichiers GPS…</translation>
    </message>
    <message>
        <location filename="../ui/place_picker.py" line="111"/>
        <source>The patrol as GPX (and KML): waypoints named by their km, a route, the track and the corridor&apos;s edges, for GPS units and phones.</source>
        <translation>La patrouille en GPX (et KML) : des points de cheminement nommés par leur km, une route, la trace et les limites du corridor, pour les appareils GPS et les téléphones.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="127"/>
        <source>GDAL copied {copied} features of &apos;{layer}&apos; where QGIS read {read}: did the layer change while it was read? Run again.</source>
        <translation>GDAL a copié {copied} entités de « {layer} » là où QGIS en a lu {read} : la couche a-t-elle changé pendant sa lecture ? Relancez.</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="181"/>
        <source>GDAL could not copy the incidents into {path}: {error}</source>
        <translation>GDAL n'a pas pu copier les incidents dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="229"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="118"/>
        <source>Strip pages</source>
        <translation>Pages en bande</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="109"/>
        <source>Corridor edge</source>
        <translation>Limite du corridor</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="111"/>
        <source>Patrol stretch</source>
        <translation>Tronçon de patrouille</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="112"/>
        <source>km ticks</source>
        <translation>repères kilométriques</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="115"/>
        <source>km along the patrol</source>
        <translation>km le long de la patrouille</translation>
    </message>
    <message>
        <location filename="../bridge/route_book.py" line="144"/>
        <source>{side} {km} km</source>
        <translation>{side} {km} km</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="56"/>
        <source>QGIS cannot make the route book&apos;s map projection: {proj}</source>
        <translation>QGIS ne peut pas créer la projection cartographique du carnet de route : {proj}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="65"/>
        <source>Patrol {start} – {end}</source>
        <translation>Patrouille {start} – {end}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="90"/>
        <source>Route book overview</source>
        <translation>Vue d'ensemble du carnet de route</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="91"/>
        <source>{title} · route book</source>
        <translation>{title} · carnet de route</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="92"/>
        <source>{length} km in {count} strip pages at {scale}; each page&apos;s map is outlined and numbered.</source>
        <translation>{length} km en {count} pages en bande au {scale} ; la carte de chaque page est encadrée et numérotée.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="118"/>
        <source>&lt;b&gt;Corridor&lt;/b&gt;: {left} {left_km} km, {right} {right_km} km ({cap} ends)</source>
        <translation>&lt;b&gt;Corridor&lt;/b&gt; : {left} {left_km} km, {right} {right_km} km (extrémités : {cap})</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="122"/>
        <source>&lt;b&gt;Patrol&lt;/b&gt;: {start} to {end}, {length} km</source>
        <translation>&lt;b&gt;Patrouille&lt;/b&gt; : de {start} à {end}, {length} km</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="125"/>
        <source>&lt;b&gt;Pages&lt;/b&gt;: {count} of {page_km} km, overlapping {overlap_km} km</source>
        <translation>&lt;b&gt;Pages&lt;/b&gt; : {count} de {page_km} km, avec un chevauchement de {overlap_km} km</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="129"/>
        <source>&lt;b&gt;Scale&lt;/b&gt;: {scale} on every strip page; this map {overview}</source>
        <translation>&lt;b&gt;Échelle&lt;/b&gt; : {scale} sur chaque page en bande ; cette carte au {overview}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="135"/>
        <source>&lt;b&gt;Dates&lt;/b&gt;: from {start} to {end} (dimmed outside)</source>
        <translation>&lt;b&gt;Dates&lt;/b&gt; : du {start} au {end} (estompés en dehors)</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="140"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt;: {total}, {inside} inside the corridor, {in_patrol} in the patrol stretch</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt; : {total}, dont {inside} dans le corridor et {in_patrol} dans le tronçon de patrouille</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="145"/>
        <source>Strip pages: the road runs left to right in the direction of travel; the arrow on each page points to true north.</source>
        <translation>Pages en bande : la route va de gauche à droite dans le sens de parcours ; la flèche de chaque page indique le nord géographique.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="163"/>
        <source>Route book strip pages</source>
        <translation>Pages en bande du carnet de route</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="165"/>
        <source>{title} · km {km}</source>
        <translation>{title} · km {km}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="169"/>
        <source>Travel from left to right: {left} ({left_km} km) above the road, {right} ({right_km} km) below.</source>
        <translation>Parcours de gauche à droite : {left} ({left_km} km) au-dessus de la route, {right} ({right_km} km) en dessous.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="189"/>
        <source>km {km} of {length} from {start}&lt;br&gt;Scale {scale}</source>
        <translation>km {km} sur {length} depuis {start}&lt;br&gt;Échelle {scale}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="151"/>
        <source>page {page} of {total}</source>
        <translation>page {page} sur {total}</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_items.py" line="128"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="212"/>
        <source>Could not write the route book to {path}.</source>
        <translation>Impossible d'écrire le carnet de route dans {path}.</translation>
    </message>
    <message>
        <location filename="../bridge/route_book_layout.py" line="219"/>
        <source>QGIS could not start the atlas of the route book&apos;s strip pages.</source>
        <translation>QGIS n'a pas pu lancer l'atlas des pages en bande du carnet de route.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="43"/>
        <source>Compare corridor scenarios</source>
        <translation>Comparer des scénarios de corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>Builds the corridor of every scenario in a scenario file on one road and tables them side by side: widths, geodesic area, patrol length, and, when given, the incidents and places inside. Each scenario is computed on its own, so its numbers are those Build corridor, Flag incidents in the corridor and Places in the corridor give with its parameters.</source>
        <translation>Construit le corridor de chaque scénario d'un fichier de scénarios sur une même route et les présente côte à côte dans un tableau : largeurs, superficie géodésique, longueur de la patrouille et, s'ils sont fournis, les incidents et les lieux à l'intérieur. Chaque scénario est calculé séparément : ses valeurs sont donc celles que donnent Construire le corridor, Marquer les incidents dans le corridor et Lieux dans le corridor avec ses paramètres.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Scenarios&lt;/b&gt;: a .json file whose format is secure-corridor-scenarios, version 1, with a list of scenarios, each a name and its parameters as in a saved corridor specification: left_width_m, right_width_m, end_cap, from_km, to_km, patrol_start and patrol_end (each with a name, and lon and lat in WGS84), snap_tolerance_m, date_from, date_to. A wrong field is an error naming the scenario and the field, before anything is written. resources/sample/m4_scenarios.json is an example.</source>
        <translation>&lt;b&gt;Route&lt;/b&gt; : une couche de lignes (ou ses entités sélectionnées). &lt;b&gt;Scénarios&lt;/b&gt; : un fichier .json au format secure-corridor-scenarios, version 1, avec une liste de scénarios, chacun composé d'un nom et de ses paramètres comme dans une définition de corridor enregistrée : left_width_m, right_width_m, end_cap, from_km, to_km, patrol_start et patrol_end (chacun avec un name, et lon et lat en WGS84), snap_tolerance_m, date_from, date_to. Un champ erroné est une erreur qui nomme le scénario et le champ, avant toute écriture. resources/sample/m4_scenarios.json en est un exemple.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional), with their &lt;b&gt;Date field&lt;/b&gt; and &lt;b&gt;Date format&lt;/b&gt; for the scenarios&apos; date windows; &lt;b&gt;Places&lt;/b&gt; (optional).</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt; (facultatif), avec leur &lt;b&gt;Champ de date&lt;/b&gt; et leur &lt;b&gt;Format de date&lt;/b&gt; pour les fenêtres de dates des scénarios ; &lt;b&gt;Lieux&lt;/b&gt; (facultatif).</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Table&lt;/b&gt;: a CSV file (UTF-8, with a header), one row per scenario: name, north_m, south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, incidents_in_patrol, incidents_in_window (inside the corridor and in the window), places_inside, places_in_patrol, then the patrol&apos;s ends and the window. A cell is empty where a scenario has no patrol or window, or no layer was given.</source>
        <translation>&lt;b&gt;Tableau&lt;/b&gt; : un fichier CSV (UTF-8, avec en-tête), une ligne par scénario : name, north_m, south_m, end_cap, from_km, to_km, area_km2, patrol_km, incidents_inside, incidents_in_patrol, incidents_in_window (dans le corridor et dans la fenêtre), places_inside, places_in_patrol, puis les extrémités de la patrouille et la fenêtre. Une cellule est vide lorsqu'un scénario n'a pas de patrouille ou de fenêtre, ou qu'aucune couche n'a été fournie.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Corridors&lt;/b&gt; (optional): one polygon per scenario, in the road&apos;s CRS, with a &apos;scenario&apos; field; loaded with an outline of its own colour and dash per scenario.</source>
        <translation>&lt;b&gt;Corridors&lt;/b&gt; (facultatif) : un polygone par scénario, dans le SCR de la route, avec un champ « scenario » ; chargés avec un contour de couleur et de tirets propres à chaque scénario.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="85"/>
        <source>Scenarios (JSON)</source>
        <translation>Scénarios (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="109"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="110"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="119"/>
        <source>Scenarios compared</source>
        <translation>Scénarios comparés</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="124"/>
        <source>{count} scenarios: {names}.</source>
        <translation>{count} scénarios : {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="132"/>
        <source>Reading the incidents</source>
        <translation>Lecture des incidents</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="140"/>
        <source>The scenarios {names} have a date window, but no Date field is chosen: their incidents in the window are left empty.</source>
        <translation>Les scénarios {names} ont une fenêtre de dates, mais aucun Champ de date n'est choisi : leurs incidents dans la fenêtre sont laissés vides.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="145"/>
        <source>Building the corridors</source>
        <translation>Construction des corridors</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="149"/>
        <source>Writing the table</source>
        <translation>Écriture du tableau</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="154"/>
        <source>{name}: north {north_m:g} m, south {south_m:g} m, {area_km2:.1f} km²; incidents inside: {incidents}; places inside: {places}.</source>
        <translation>{name} : nord {north_m:g} m, sud {south_m:g} m, {area_km2:.1f} km² ; incidents dans le corridor : {incidents} ; lieux dans le corridor : {places}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="23"/>
        <source>Patrol to GPS files (GPX, KML)</source>
        <translation>Patrouille vers des fichiers GPS (GPX, KML)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Writes the patrol stretch between two places as a GPX 1.1 file for GPS units and apps, and optionally as KML: waypoints at its start (km 0), at every checkpoint and at its end, named by their km from the start; a route through them; the patrol as a track of every vertex, within 1 m of the stretch the patrol algorithm cuts; and, if asked, the corridor&apos;s two edges alongside it as more tracks. Coordinates are WGS84 longitude/latitude.</source>
        <translation>Écrit le tronçon de patrouille entre deux lieux dans un fichier GPX 1.1 pour les appareils et applications GPS, et en option en KML : des points de cheminement à son départ (km 0), à chaque point de contrôle et à son arrivée, nommés par leur km depuis le départ ; une route qui les relie ; la patrouille comme trace de tous ses sommets, à moins de 1 m du tronçon que découpe l'algorithme de patrouille ; et, sur demande, les deux limites du corridor le long de celui-ci comme traces supplémentaires. Les coordonnées sont en longitude/latitude WGS84.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt; and the place names, &lt;b&gt;Snap tolerance&lt;/b&gt;: as in &apos;Patrol stretch between two places&apos;.</source>
        <translation>&lt;b&gt;Route&lt;/b&gt;, &lt;b&gt;Départ&lt;/b&gt;, &lt;b&gt;Arrivée&lt;/b&gt;, &lt;b&gt;Lieux&lt;/b&gt; et les noms de lieux, &lt;b&gt;Tolérance d'accrochage&lt;/b&gt; : comme dans « Tronçon de patrouille entre deux lieux ».</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Checkpoint interval&lt;/b&gt;: km between checkpoints, from the start; 0 for none (the waypoints are then the two ends).</source>
        <translation>&lt;b&gt;Intervalle des points de contrôle&lt;/b&gt; : km entre les points de contrôle, à partir du départ ; 0 pour aucun (les points de cheminement sont alors les deux extrémités).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;Corridor edges&lt;/b&gt;: add the corridor&apos;s two edges along the patrol stretch as tracks, named by their side and width, e.g. north edge (6 km); &lt;b&gt;North width&lt;/b&gt; and &lt;b&gt;South width&lt;/b&gt; as in &apos;Build corridor&apos; (0 for no edge on a side).</source>
        <translation>&lt;b&gt;Limites du corridor&lt;/b&gt; : ajouter les deux limites du corridor le long du tronçon de patrouille comme traces, nommées par leur côté et leur largeur, p. ex. north edge (6 km) ; &lt;b&gt;Largeur nord&lt;/b&gt; et &lt;b&gt;Largeur sud&lt;/b&gt; comme dans « Construire le corridor » (0 pour aucune limite d'un côté).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;GPX file&lt;/b&gt;: waypoints, a route and tracks. Waypoint names are &apos;km 0&apos;, &apos;km 10&apos;, ...; the two ends carry their place&apos;s name as comment.</source>
        <translation>&lt;b&gt;Fichier GPX&lt;/b&gt; : points de cheminement, une route et des traces. Les points de cheminement sont nommés 'km 0', 'km 10', ... ; les deux extrémités portent le nom de leur lieu en commentaire.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>&lt;b&gt;KML file&lt;/b&gt; (optional): the same waypoints, route and tracks, one folder each, for Google Earth and phones.</source>
        <translation>&lt;b&gt;Fichier KML&lt;/b&gt; (facultatif) : les mêmes points de cheminement, route et traces, chacun dans son dossier, pour Google Earth et les téléphones.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>Output WAYPOINTS holds the number of waypoints.</source>
        <translation>La sortie WAYPOINTS fournit le nombre de points de cheminement.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="26"/>
        <source>The inputs are only read. On an error no file is written.</source>
        <translation>Les entrées sont uniquement lues. En cas d'erreur, aucun fichier n'est écrit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="65"/>
        <source>Add the corridor&apos;s edges as tracks</source>
        <translation>Ajouter les limites du corridor comme traces</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="73"/>
        <source>GPX file</source>
        <translation>Fichier GPX</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML file</source>
        <translation>Fichier KML</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="76"/>
        <source>KML files (*.kml)</source>
        <translation>Fichiers KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="81"/>
        <source>Number of waypoints</source>
        <translation>Nombre de points de cheminement</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="95"/>
        <source>Drawing the corridor&apos;s edges</source>
        <translation>Tracé des limites du corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="101"/>
        <source>Corridor edge: {name}, {points} points.</source>
        <translation>Limite du corridor : {name}, {points} points.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_gps.py" line="103"/>
        <source>Writing the GPS files</source>
        <translation>Écriture des fichiers GPS</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="155"/>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <location filename="../processing_provider/outputs.py" line="41"/>
        <source>nothing was written to {path} (&apos;{label}&apos;)</source>
        <translation>rien n'a été écrit dans {path} (« {label} »)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="40"/>
        <source>Places in the corridor</source>
        <translation>Lieux dans le corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>Lists the places (settlements) inside the corridor along a road: on which side, how far from the road, at which km, and whether in the patrol stretch; and the places just outside, within a margin of the corridor&apos;s edge. Places are measured as incidents are, so their numbers agree with Flag incidents in the corridor.</source>
        <translation>Liste les lieux (localités) situés dans le corridor le long d'une route : de quel côté, à quelle distance de la route, à quel km, et s'ils sont dans le tronçon de patrouille ; ainsi que les lieux juste à l'extérieur, à moins d'une marge de la limite du corridor. Les lieux sont mesurés comme les incidents : leurs valeurs concordent donc avec Marquer les incidents dans le corridor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Road&lt;/b&gt;: a line layer (or its selected features). &lt;b&gt;Places&lt;/b&gt;: a point layer; a place of several points is taken at its first. &lt;b&gt;Name fields&lt;/b&gt;: the fields copied to the outputs (by default every field with &apos;name&apos; in its name, such as name_en and name_ar).</source>
        <translation>&lt;b&gt;Route&lt;/b&gt; : une couche de lignes (ou ses entités sélectionnées). &lt;b&gt;Lieux&lt;/b&gt; : une couche de points ; un lieu à plusieurs points est pris à son premier point. &lt;b&gt;Champs de nom&lt;/b&gt; : les champs copiés dans les sorties (par défaut tout champ dont le nom contient « name », comme name_en et name_ar).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Margin&lt;/b&gt; (m): a place outside the corridor but at most this far from its edge is listed as near the edge.</source>
        <translation>&lt;b&gt;Marge&lt;/b&gt; (m) : un lieu hors du corridor mais à au plus cette distance de sa limite est indiqué comme proche de la limite.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Places&lt;/b&gt; (points in the road&apos;s CRS, by km along the route): the name fields, side (north/south or west/east, &apos;on route&apos; on the road), dist_m (geodesic distance to the road), route_km (km along the route), patrol_km (km from the patrol&apos;s start along the patrol; empty without a patrol), in_patrol, status (&apos;inside&apos; or &apos;near edge&apos;) and outside_m (how far outside the corridor, for a place near the edge).</source>
        <translation>&lt;b&gt;Lieux&lt;/b&gt; (points dans le SCR de la route, par km le long de l'itinéraire) : les champs de nom, side (north/south ou west/east, 'on route' sur la route), dist_m (distance géodésique à la route), route_km (km le long de l'itinéraire), patrol_km (km depuis le départ de la patrouille le long de celle-ci ; vide sans patrouille), in_patrol, status ('inside' ou 'near edge') et outside_m (distance hors du corridor, pour un lieu proche de la limite).</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>&lt;b&gt;Table&lt;/b&gt; (optional): the same rows as a CSV file (UTF-8, with a header), with the places&apos; WGS84 lon and lat.</source>
        <translation>&lt;b&gt;Tableau&lt;/b&gt; (facultatif) : les mêmes lignes dans un fichier CSV (UTF-8, avec en-tête), avec lon et lat WGS84 des lieux.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="43"/>
        <source>The log counts the places inside per side and per 10 km: along the patrol from its start when there is a patrol, else along the route. Outputs INSIDE and NEAR_EDGE count the places for models.</source>
        <translation>Le journal décompte les lieux dans le corridor par côté et par tranche de 10 km : le long de la patrouille depuis son départ s'il y a une patrouille, sinon le long de l'itinéraire. Les sorties INSIDE et NEAR_EDGE fournissent les décomptes de lieux pour les modèles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="88"/>
        <source>Name fields</source>
        <translation>Champs de nom</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="99"/>
        <source>Margin outside the corridor (m)</source>
        <translation>Marge hors du corridor (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="108"/>
        <source>Table (CSV)</source>
        <translation>Tableau (CSV)</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="111"/>
        <source>Places inside the corridor</source>
        <translation>Lieux dans le corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="112"/>
        <source>Places near the corridor&apos;s edge</source>
        <translation>Lieux proches de la limite du corridor</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="125"/>
        <source>Reading the places</source>
        <translation>Lecture des lieux</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="131"/>
        <source>Writing the places</source>
        <translation>Écriture des lieux</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="173"/>
        <source>The places layer has no field &apos;{field}&apos;; its fields are {fields}.</source>
        <translation>La couche des lieux n'a pas de champ « {field} » ; ses champs sont {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="180"/>
        <source>The name field(s) {fields} have the name of a field this algorithm adds: choose other name fields, or rename those.</source>
        <translation>Le ou les champs de nom {fields} portent le nom d'un champ que cet algorithme ajoute : choisissez d'autres champs de nom, ou renommez-les.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="188"/>
        <source>{inside} places inside the corridor ({sides}); {near} outside it within {margin:g} m of its edge.</source>
        <translation>{inside} lieux dans le corridor ({sides}) ; {near} hors du corridor à moins de {margin:g} m de sa limite.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="193"/>
        <source>{count} places have no location.</source>
        <translation>{count} lieux n'ont pas de localisation.</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="195"/>
        <source>Places inside per {km:g} km along the patrol, from its start:</source>
        <translation>Lieux dans le corridor par tranche de {km:g} km le long de la patrouille, depuis son départ :</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="198"/>
        <source>Places inside per {km:g} km along the route:</source>
        <translation>Lieux dans le corridor par tranche de {km:g} km le long de l'itinéraire :</translation>
    </message>
    <message>
        <location filename="../processing_provider/places_in_corridor.py" line="201"/>
        <source>  km {low:g} to {high:g}: {count} ({sides})</source>
        <translation>  km {low:g} à {high:g} : {count} ({sides})</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="41"/>
        <source>Route book of the patrol (PDF)</source>
        <translation>Carnet de route de la patrouille (PDF)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Makes a printable route book for a patrol team: an overview page of the whole patrol, then one page per stretch of road, each at the same fixed scale and turned so that the road runs left to right in the direction of travel, with km ticks, checkpoints, the corridor&apos;s edges, places and incidents, a north arrow to true north and a scale bar.</source>
        <translation>Produit un carnet de route imprimable pour une équipe de patrouille : une page de vue d'ensemble de toute la patrouille, puis une page par tronçon de route, toutes à la même échelle fixe et tournées pour que la route aille de gauche à droite dans le sens de parcours, avec les repères kilométriques, les points de contrôle, les limites du corridor, les lieux et les incidents, une flèche du nord vers le nord géographique et une barre d'échelle.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Road&lt;/b&gt;, &lt;b&gt;Start&lt;/b&gt;, &lt;b&gt;End&lt;/b&gt;, &lt;b&gt;Places&lt;/b&gt;: as for the patrol stretch; the places are also labelled on the maps, by their name field and an Arabic name field (name_ar) when the layer has one.</source>
        <translation>&lt;b&gt;Route&lt;/b&gt;, &lt;b&gt;Départ&lt;/b&gt;, &lt;b&gt;Arrivée&lt;/b&gt;, &lt;b&gt;Lieux&lt;/b&gt; : comme pour le tronçon de patrouille ; les lieux sont aussi étiquetés sur les cartes, par leur champ de nom et par un champ de nom arabe (name_ar) si la couche en a un.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt; (optional): points flagged against the corridor and the patrol, drawn as the Flag incidents algorithm styles them; with a &lt;b&gt;Date field&lt;/b&gt; and a window, those outside it are dimmed.</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt; (facultatif) : des points marqués par rapport au corridor et à la patrouille, dessinés avec le style que leur donne l'algorithme Marquer les incidents ; avec un &lt;b&gt;Champ de date&lt;/b&gt; et une fenêtre, ceux qui sont en dehors sont estompés.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Page length&lt;/b&gt;, &lt;b&gt;Overlap&lt;/b&gt;: km of patrol per page, and km each page repeats of the one before. &lt;b&gt;Scale&lt;/b&gt;: the scale&apos;s denominator for every strip page (e.g. 50000); 0 chooses the largest standard scale at which every page&apos;s stretch and corridor fit.</source>
        <translation>&lt;b&gt;Longueur de page&lt;/b&gt;, &lt;b&gt;Chevauchement&lt;/b&gt; : km de patrouille par page, et km de la page précédente que chaque page reprend. &lt;b&gt;Échelle&lt;/b&gt; : le dénominateur de l'échelle de chaque page en bande (p. ex. 50000) ; 0 choisit la plus grande échelle standard à laquelle le tronçon et le corridor de chaque page tiennent.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>&lt;b&gt;Route book&lt;/b&gt;: the PDF. &lt;b&gt;Strip pages&lt;/b&gt; (optional): each page&apos;s map extent as a polygon, fields page (its page in the book; the overview is page 1), from_km and to_km (km from the patrol&apos;s start) and rotation (the map rotation, degrees clockwise, in the book&apos;s local projection centred on the patrol). The layer drives an atlas for printing the pages with QGIS&apos;s own layouts.</source>
        <translation>&lt;b&gt;Carnet de route&lt;/b&gt; : le PDF. &lt;b&gt;Pages en bande&lt;/b&gt; (facultatif) : l'emprise de la carte de chaque page sous forme de polygone, champs page (sa page dans le carnet ; la vue d'ensemble est la page 1), from_km et to_km (km depuis le départ de la patrouille) et rotation (la rotation de la carte, en degrés dans le sens horaire, dans la projection locale du carnet centrée sur la patrouille). La couche pilote un atlas pour imprimer les pages avec les mises en page de QGIS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="44"/>
        <source>Outputs PAGE_COUNT (pages in the PDF) and SCALE hold the book&apos;s numbers for models.</source>
        <translation>Les sorties PAGE_COUNT (pages du PDF) et SCALE fournissent les valeurs du carnet pour les modèles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Page length (km)</source>
        <translation>Longueur de page (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Overlap (km)</source>
        <translation>Chevauchement (km)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="105"/>
        <source>Scale (e.g. 50000), 0 to choose</source>
        <translation>Échelle (p. ex. 50000), 0 pour la choisir</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>Route book</source>
        <translation>Carnet de route</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="123"/>
        <source>Pages in the route book</source>
        <translation>Pages du carnet de route</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="124"/>
        <source>Scale of the strip pages</source>
        <translation>Échelle des pages en bande</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="140"/>
        <source>{count} strip pages at 1:{scale}.</source>
        <translation>{count} pages en bande au 1:{scale}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="150"/>
        <source>Writing the strip pages</source>
        <translation>Écriture des pages en bande</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="154"/>
        <source>Drawing the route book</source>
        <translation>Dessin du carnet de route</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="165"/>
        <source>Choose where to save the route book (a PDF file).</source>
        <translation>Choisissez où enregistrer le carnet de route (un fichier PDF).</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="170"/>
        <source>The folder {folder} for the route book does not exist.</source>
        <translation>Le dossier {folder} du carnet de route n'existe pas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/route_book.py" line="190"/>
        <source>A date window is set but no incidents with a date field: choose the incidents&apos; date field.</source>
        <translation>Une fenêtre de dates est définie, mais aucun incident avec un champ de date : choisissez le champ de date des incidents.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="69"/>
        <source>Save the route book</source>
        <translation>Enregistrer le carnet de route</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="107"/>
        <source>writing the route book</source>
        <translation>l'écriture du carnet de route</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="109"/>
        <source>Route book of {pages} pages saved to {path}.</source>
        <translation>Carnet de route de {pages} pages enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/patrol_files.py" line="112"/>
        <source>making the route book</source>
        <translation>la préparation du carnet de route</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="208"/>
        <source>Places in the corridor…</source>
        <translation>Lieux dans le corridor…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="209"/>
        <source>Which places fall inside the corridor or near its edge: side, distance and km, as a layer and a CSV table (Processing dialog).</source>
        <translation>Quels lieux se trouvent dans le corridor ou près de sa limite : côté, distance et km, en couche et en tableau CSV (dialogue Processing).</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="211"/>
        <source>Compare scenarios…</source>
        <translation>Comparer des scénarios…</translation>
    </message>
    <message>
        <location filename="../ui/sections.py" line="212"/>
        <source>Candidate corridors from a scenario file (JSON) side by side: area, patrol length, incidents and places (Processing dialog).</source>
        <translation>Les corridors candidats d'un fichier de scénarios (JSON) côte à côte : surface, longueur de patrouille, incidents et lieux (dialogue Processing).</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="24"/>
        <source>incidents inside</source>
        <translation>incidents dans le corridor</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="25"/>
        <source>in the patrol stretch</source>
        <translation>dans le tronçon de patrouille</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="26"/>
        <source>inside, in the date window</source>
        <translation>dans le corridor, dans la période</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="27"/>
        <source>places inside</source>
        <translation>lieux dans le corridor</translation>
    </message>
    <message>
        <location filename="../bridge/scenario_chart.py" line="46"/>
        <source>The chart could not be written to {path}.</source>
        <translation>Le graphique n'a pas pu être écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="46"/>
        <source>&lt;b&gt;Chart of the counts&lt;/b&gt; (optional): a PNG bar chart, per scenario, of the incidents inside, in the patrol stretch and in the window, and the places inside.</source>
        <translation>&lt;b&gt;Graphique des effectifs&lt;/b&gt; (facultatif) : un diagramme en barres PNG, par scénario, des incidents dans le corridor, dans le tronçon de patrouille et dans la période, et des lieux dans le corridor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>Chart of the counts</source>
        <translation>Graphique des effectifs</translation>
    </message>
    <message>
        <location filename="../processing_provider/compare_scenarios.py" line="115"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../bridge/geopackage_copy.py" line="318"/>
        <source>Could not rename the table {table} of {path} to {name}: {error}</source>
        <translation>Impossible de renommer la table {table} de {path} en {name} : {error}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../build/i18n/core_messages.py" line="3"/>
        <source>No road features were given: select the road&apos;s line features.</source>
        <translation>Aucune entité de route n'a été fournie : sélectionnez les entités linéaires de la route.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="4"/>
        <source>The gap tolerance</source>
        <translation>La tolérance d'écart</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="5"/>
        <source>{labels} labels were given for {count} road features; give one per feature.</source>
        <translation>{labels} étiquettes ont été fournies pour {count} entités de route ; fournissez-en une par entité.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="6"/>
        <source>{name} must be a number of metres, 0 or more; got {value}.</source>
        <translation>{name} doit être un nombre de mètres, égal ou supérieur à 0 (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="8"/>
        <source>Road {label} has no geometry; fix it or leave it out.</source>
        <translation>La route {label} n'a pas de géométrie ; corrigez-la ou écartez-la.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="9"/>
        <source>Road {label} is a {kind}, not a geometry; the road must be made of lines.</source>
        <translation>La route {label} est de type {kind}, et non une géométrie ; la route doit être composée de lignes.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="10"/>
        <source>Road {label} is a {kind}; the road must be made of lines. Choose a line layer.</source>
        <translation>La route {label} est de type {kind} ; la route doit être composée de lignes. Choisissez une couche de lignes.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="11"/>
        <source>Road {label} has missing or NaN coordinates; fix it.</source>
        <translation>La route {label} a des coordonnées manquantes ou NaN ; corrigez-la.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="7"/>
        <source>Road {label}</source>
        <translation>Route {label}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="12"/>
        <source>The route start</source>
        <translation>Le début de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="13"/>
        <source>The route end</source>
        <translation>La fin de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="14"/>
        <source>The route&apos;s two ends fall on the same point of the road; choose two different places.</source>
        <translation>Les deux extrémités de l'itinéraire tombent sur le même point de la route ; choisissez deux lieux différents.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="15"/>
        <source>The road is a closed loop with no dead ends, so its ends are not known: name the route&apos;s two ends.</source>
        <translation>La route est une boucle fermée sans extrémité libre, ses extrémités sont donc inconnues : indiquez les deux extrémités de l'itinéraire.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="16"/>
        <source>The route&apos;s ends must be two points, ((lon, lat), (lon, lat)).</source>
        <translation>Les extrémités de l'itinéraire doivent être deux points, ((lon, lat), (lon, lat)).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="17"/>
        <source>The route&apos;s ends {ends} are not WGS84 longitude/latitude; check them.</source>
        <translation>Les extrémités de l'itinéraire {ends} ne sont pas en longitude/latitude WGS84 ; vérifiez-les.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="18"/>
        <source>There are {categories} categories for {incidents} incidents: give one category per incident.</source>
        <translation>Il y a {categories} catégories pour {incidents} incidents : fournissez une catégorie par incident.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="19"/>
        <source>The left width</source>
        <translation>La largeur à gauche</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="20"/>
        <source>The right width</source>
        <translation>La largeur à droite</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="21"/>
        <source>{name} of {value:g} m is under {min_m:g} m; use 0 for no corridor on that side, or at least {min_m:g} m.</source>
        <translation>{name} de {value:g} m est inférieure à {min_m:g} m ; utilisez 0 pour aucun corridor de ce côté, ou au moins {min_m:g} m.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="22"/>
        <source>{name} of {value_km:g} km is over the limit of {max_km:g} km, the widest corridor this plugin keeps within 1 m of its true width; check the units (metres).</source>
        <translation>{name} de {value_km:g} km dépasse la limite de {max_km:g} km, le corridor le plus large dont cette extension garantit la largeur réelle à 1 m près ; vérifiez les unités (mètres).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="23"/>
        <source>Both widths are 0: give at least one side a width.</source>
        <translation>Les deux largeurs valent 0 : donnez une largeur à au moins un côté.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="24"/>
        <source>Unknown end style &apos;{end_cap}&apos;; use one of {styles}.</source>
        <translation>Style d'extrémité « {end_cap} » inconnu ; utilisez l'un des styles suivants : {styles}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="25"/>
        <source>The corridor stretch km {start:g} to km {end:g} must lie within the route (km 0 to {length_km:.3f}) with its start before its end.</source>
        <translation>Le tronçon de corridor du km {start:g} au km {end:g} doit se trouver sur l'itinéraire (du km 0 au km {length_km:.3f}), avec son début avant sa fin.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="26"/>
        <source>feature {id}: {value}</source>
        <translation>entité {id} : {value}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="27"/>
        <source>Dates like {value} read differently by country (day/month/year in most of the world, month/day/year in the United States): give the date format, e.g. %d/%m/%Y or %m/%d/%Y.</source>
        <translation>Les dates comme {value} se lisent différemment selon les pays (jour/mois/année dans la plupart du monde, mois/jour/année aux États-Unis) : indiquez le format de date, p. ex. %d/%m/%Y ou %m/%d/%Y.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="28"/>
        <source>The date window ends ({end}) before or on the day it starts ({start}); the end day is not counted: give an end after the start.</source>
        <translation>La fenêtre de dates se termine ({end}) avant ou le jour même de son début ({start}) ; le jour de fin n'est pas compté : indiquez une fin postérieure au début.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="29"/>
        <source>The window&apos;s {name} {value} is not a date; give a day such as 2020-03-15.</source>
        <translation>Fenêtre de dates, {name} : {value} n'est pas une date ; indiquez un jour comme 2020-03-15.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="30"/>
        <source>The date format {date_format} has no strptime codes; use e.g. %d/%m/%Y.</source>
        <translation>Le format de date {date_format} ne contient aucun code strptime ; utilisez p. ex. %d/%m/%Y.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="31"/>
        <source>The date format {date_format} is not a valid strptime format ({error}).</source>
        <translation>Le format de date {date_format} n'est pas un format strptime valide ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="32"/>
        <source>Road {label} is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>La route {label} est une ligne d'un seul point : une route exige deux points distincts ; corrigez-la ou désélectionnez-la.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="33"/>
        <source>Road {label} is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>La route {label} est une ligne de longueur nulle (tous ses points au même endroit) : une route exige deux points distincts ; corrigez-la ou désélectionnez-la.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="34"/>
        <source>Road {label} has a part that is a line of one point: a road needs two points apart; fix or deselect it.</source>
        <translation>La route {label} a une partie qui est une ligne d'un seul point : une route exige deux points distincts ; corrigez-la ou désélectionnez-la.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="35"/>
        <source>Road {label} has a part that is a line of zero length (all its points in one place): a road needs two points apart; fix or deselect it.</source>
        <translation>La route {label} a une partie qui est une ligne de longueur nulle (tous ses points au même endroit) : une route exige deux points distincts ; corrigez-la ou désélectionnez-la.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="36"/>
        <source>The road has a gap of {width_m:.{digits}f} m near {lon:.5f}, {lat:.5f} (between {first} and {second}), wider than the gap tolerance of {tolerance_m:.{digits}f} m. Select the missing road features, raise the gap tolerance, or choose to bridge all gaps.</source>
        <translation>La route présente un écart de {width_m:.{digits}f} m près de {lon:.5f}, {lat:.5f} (entre {first} et {second}), plus large que la tolérance d'écart de {tolerance_m:.{digits}f} m. Sélectionnez les entités de route manquantes, augmentez la tolérance d'écart, ou choisissez de combler tous les écarts.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="37"/>
        <source>{name} is {distance_km:.2f} km from the road, farther than the snap tolerance of {tolerance_km:.2f} km. Check that the right place and road are chosen, or raise the snap tolerance.</source>
        <translation>{name} est à {distance_km:.2f} km de la route, au-delà de la tolérance d'accrochage de {tolerance_km:.2f} km. Vérifiez que le bon lieu et la bonne route sont choisis, ou augmentez la tolérance d'accrochage.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="38"/>
        <source>{labels} and {more} more</source>
        <translation>{labels} et {more} autres</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="39"/>
        <source>{left_out_km:.2f} km of the selected road ({named}) is not on the route of {route_km:.2f} km and lies up to {farthest_km:.2f} km from it, so the corridor would leave it out. For a ring road, name the route&apos;s two ends (the route then runs between them); otherwise select only the road you mean, or choose to leave the rest out.</source>
        <translation>{left_out_km:.2f} km de la route sélectionnée ({named}) ne sont pas sur l'itinéraire de {route_km:.2f} km et s'en écartent jusqu'à {farthest_km:.2f} km : le corridor les laisserait de côté. Pour une rocade, indiquez les deux extrémités de l'itinéraire (qui passe alors entre elles) ; sinon, sélectionnez uniquement la route voulue, ou choisissez d'exclure le reste.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="40"/>
        <source>Corridor specification, field &apos;{field}&apos;: {problem}</source>
        <translation>Définition du corridor, champ « {field} » : {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="41"/>
        <source>The incidents</source>
        <translation>Les incidents</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="42"/>
        <source>parts_of must give an incident number for each of the {size} points.</source>
        <translation>parts_of doit indiquer un numéro d'incident pour chacun des {size} points.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="43"/>
        <source>parts_of must number the incidents 0, 1, 2, ... in order, each with at least one point.</source>
        <translation>parts_of doit numéroter les incidents 0, 1, 2, ... dans l'ordre, chacun avec au moins un point.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="44"/>
        <source>A date window needs the incidents&apos; dates: choose the date field.</source>
        <translation>Une fenêtre de dates nécessite les dates des incidents : choisissez le champ de date.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="45"/>
        <source>There are {dates} dates for {size} incidents: give one date per incident.</source>
        <translation>Il y a {dates} dates pour {size} incidents : fournissez une date par incident.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="46"/>
        <source>{what} has missing coordinates, or ones that cannot be converted to WGS84; fix them, or check the layer&apos;s CRS.</source>
        <translation>{what} : coordonnées manquantes ou impossibles à convertir en WGS84 ; corrigez-les, ou vérifiez le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="47"/>
        <source>{what} has coordinates outside longitude -180..180 / latitude -90..90 after conversion to WGS84; check the layer&apos;s CRS.</source>
        <translation>{what} : coordonnées hors des plages longitude -180..180 / latitude -90..90 après conversion en WGS84 ; vérifiez le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="48"/>
        <source>The points</source>
        <translation>Les points</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="49"/>
        <source>{what}&apos; coordinates must be numbers of degrees ({error}).</source>
        <translation>{what} : les coordonnées doivent être des nombres de degrés ({error}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="50"/>
        <source>{what} have {longitudes} longitudes and {latitudes} latitudes: give one of each per point.</source>
        <translation>{what} : {longitudes} longitudes et {latitudes} latitudes ; fournissez-en une de chaque par point.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="51"/>
        <source>The road turns back on itself, so its two sides cannot be told apart and unequal widths cannot be applied. Check the selected road parts (one carriageway only, no loops) or use equal widths.</source>
        <translation>La route revient sur elle-même : ses deux côtés ne peuvent donc pas être distingués et des largeurs inégales ne peuvent pas être appliquées. Vérifiez les parties de route sélectionnées (une seule chaussée, sans boucle) ou utilisez des largeurs égales.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="58"/>
        <source>{name}&apos;s {axis} must be a number of degrees, got {value}.</source>
        <translation>{name} : la {axis} doit être un nombre de degrés (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="59"/>
        <source>{name} has missing or NaN coordinates.</source>
        <translation>{name} : coordonnées manquantes ou NaN.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="60"/>
        <source>{name} has coordinates {lon}, {lat} outside WGS84 longitude/latitude ranges; check the layer&apos;s CRS.</source>
        <translation>{name} a pour coordonnées {lon}, {lat}, hors des plages de longitude/latitude WGS84 ; vérifiez le SCR de la couche.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="61"/>
        <source>The snap tolerance must be more than 0 m.</source>
        <translation>La tolérance d'accrochage doit être supérieure à 0 m.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="62"/>
        <source>{start} and {end} fall on the same point of the road (km {km:.3f}); choose two different places.</source>
        <translation>{start} et {end} tombent sur le même point de la route (km {km:.3f}) ; choisissez deux lieux différents.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="63"/>
        <source>The checkpoint interval must be more than 0 km.</source>
        <translation>L'intervalle des points de contrôle doit être supérieur à 0 km.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="64"/>
        <source>A checkpoint every {interval_km:g} km makes {count:,.0f} checkpoints on the {length_km:.1f} km patrol; the most is {most:,}: give a longer interval (at least {shortest_km:.3g} km).</source>
        <translation>Un point de contrôle tous les {interval_km:g} km donne {count:,.0f} points de contrôle sur la patrouille de {length_km:.1f} km ; le maximum est de {most:,} : choisissez un intervalle plus long (au moins {shortest_km:.3g} km).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="69"/>
        <source>corridors across the antimeridian are not supported, because a polygon in longitude/latitude cannot wrap from 180° to -180°.</source>
        <translation>les corridors traversant l'antiméridien ne sont pas pris en charge, car un polygone en longitude/latitude ne peut pas passer de 180° à -180°.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="70"/>
        <source>the North Pole</source>
        <translation>pôle Nord</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="71"/>
        <source>the South Pole</source>
        <translation>pôle Sud</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="72"/>
        <source>The road comes within {distance_km:.1f} km of {pole} near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): corridors near a pole are not supported, because a polygon in longitude/latitude cannot surround a pole, and within {clearance_km:.0f} km of one its straight edges stray from the true outline. With a width of {width_km:g} km the road must stay at least {limit_km:.1f} km from the pole.</source>
        <translation>La route passe à {distance_km:.1f} km du {pole} près de {lon:.5f}, {lat:.5f} (km {route_km:.1f} de l'itinéraire) : les corridors proches d'un pôle ne sont pas pris en charge, car un polygone en longitude/latitude ne peut pas entourer un pôle, et à moins de {clearance_km:.0f} km d'un pôle ses côtés rectilignes s'écartent du contour réel. Avec une largeur de {width_km:g} km, la route doit rester à au moins {limit_km:.1f} km du pôle.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="73"/>
        <source>The road crosses the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route): {why} Split the road at 180° and build each side separately, each ending at least {short_km:.2f} km short of the meridian (a corridor cannot reach it either).</source>
        <translation>La route traverse le méridien 180° près de {lon:.5f}, {lat:.5f} (km {route_km:.1f} de l'itinéraire) : {why} Scindez la route à 180° et construisez chaque partie séparément, chacune s'arrêtant à au moins {short_km:.2f} km du méridien (un corridor ne peut pas non plus l'atteindre).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="74"/>
        <source>Narrow the {side} side to under {narrower_km:.2f} km there, so that the corridor stops short of 180°.</source>
        <translation>Réduisez à cet endroit le côté {side} à moins de {narrower_km:.2f} km, afin que le corridor s'arrête avant 180°.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="75"/>
        <source>The road itself runs too close to 180° there: build the corridor on a stretch that stays at least {clear_km:.2f} km from the meridian.</source>
        <translation>La route elle-même passe trop près de 180° à cet endroit : construisez le corridor sur un tronçon qui reste à au moins {clear_km:.2f} km du méridien.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="76"/>
        <source>The corridor would cross the 180° meridian near {lon:.5f}, {lat:.5f} (km {route_km:.1f} of the route), where the road is {distance_km:.2f} km from the meridian and the {side} side is {width_km:g} km wide: {why} {fix}</source>
        <translation>Le corridor traverserait le méridien 180° près de {lon:.5f}, {lat:.5f} (km {route_km:.1f} de l'itinéraire), là où la route est à {distance_km:.2f} km du méridien et où le côté {side} fait {width_km:g} km de large : {why} {fix}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="77"/>
        <source>The route&apos;s two ends are not connected by the road.</source>
        <translation>Les deux extrémités de l'itinéraire ne sont pas reliées par la route.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="82"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways); bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>{used} parties utilisées sur {total} ; {left_out} parties et {left_out_km:.2f} km de route écartés (antennes, secondes chaussées) ; {bridged} écarts comblés (le plus large : {widest_m:.0f} m)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="83"/>
        <source>{used} of {total} parts used; bridged {bridged} gaps (widest {widest_m:.0f} m)</source>
        <translation>{used} parties utilisées sur {total} ; {bridged} écarts comblés (le plus large : {widest_m:.0f} m)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="84"/>
        <source>{used} of {total} parts used; left out {left_out} parts and {left_out_km:.2f} km of road (spurs, second carriageways)</source>
        <translation>{used} parties utilisées sur {total} ; {left_out} parties et {left_out_km:.2f} km de route écartés (antennes, secondes chaussées)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="85"/>
        <source>{used} of {total} parts used</source>
        <translation>{used} parties utilisées sur {total}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="86"/>
        <source>The route</source>
        <translation>L'itinéraire</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="87"/>
        <source>The route has fewer than two distinct points.</source>
        <translation>L'itinéraire compte moins de deux points distincts.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="88"/>
        <source>The stretch from km {start_km:.3f} to km {end_km:.3f} has no length; choose two different points.</source>
        <translation>Le tronçon du km {start_km:.3f} au km {end_km:.3f} a une longueur nulle ; choisissez deux points différents.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="111"/>
        <source>must be a JSON object with the parameters, got {value}</source>
        <translation>doit être un objet JSON contenant les paramètres (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="112"/>
        <source>must be &apos;{format}&apos;</source>
        <translation>doit valoir « {format} »</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="108"/>
        <source>version {version} is not supported (expected {expected})</source>
        <translation>la version {version} n'est pas prise en charge ({expected} attendue)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="113"/>
        <source>unknown field; known fields are {known}</source>
        <translation>champ inconnu ; les champs connus sont {known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="114"/>
        <source>must be a number, got {value}</source>
        <translation>doit être un nombre (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="115"/>
        <source>must be a number of ordinary size, got {value}</source>
        <translation>doit être un nombre de taille raisonnable (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="116"/>
        <source>must be more than {low:g}, got {value}</source>
        <translation>doit être supérieur à {low:g} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="117"/>
        <source>must be {low:g} or more, got {value}</source>
        <translation>doit être égal ou supérieur à {low:g} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="118"/>
        <source>must be at most {high:g}, got {value}</source>
        <translation>doit être au plus égal à {high:g} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="119"/>
        <source>must be true or false, got {value}</source>
        <translation>doit être true ou false (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="120"/>
        <source>must be a date as text (YYYY-MM-DD), got {value}</source>
        <translation>doit être une date sous forme de texte (YYYY-MM-DD) (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="121"/>
        <source>must be a date YYYY-MM-DD, got {value}</source>
        <translation>doit être une date YYYY-MM-DD (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="122"/>
        <source>must be an object with exactly name, lon and lat</source>
        <translation>doit être un objet contenant exactement name, lon et lat</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="96"/>
        <source>must be a non-empty text, got {value}</source>
        <translation>doit être un texte non vide (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="97"/>
        <source>must be at most {limit} characters, got {value}</source>
        <translation>doit compter au plus {limit} caractères (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="98"/>
        <source>holds a character that is not text, got {value}</source>
        <translation>contient un caractère qui n'est pas du texte (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="123"/>
        <source>must be 0 or at least {min_m:g} m, got {value}</source>
        <translation>doit valoir 0 ou au moins {min_m:g} m (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="124"/>
        <source>both widths are 0; give at least one side a width</source>
        <translation>les deux largeurs valent 0 ; donnez une largeur à au moins un côté</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="125"/>
        <source>must be one of {styles}, got {value}</source>
        <translation>doit être l'une des valeurs {styles} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="126"/>
        <source>must be more than from_km ({from_km:g}), got {to_km:g}</source>
        <translation>doit être supérieur à from_km ({from_km:g}) (valeur reçue : {to_km:g})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="127"/>
        <source>is true, so patrol_start and patrol_end must both be given</source>
        <translation>vaut true : patrol_start et patrol_end doivent donc être indiqués tous les deux</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="128"/>
        <source>must be a place with name, lon and lat</source>
        <translation>doit être un lieu avec name, lon et lat</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="129"/>
        <source>must be text with strptime codes like %d/%m/%Y, got {value}</source>
        <translation>doit être un texte avec des codes strptime comme %d/%m/%Y (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="130"/>
        <source>must be after date_from ({date_from}), got {date_to}</source>
        <translation>doit être postérieure à date_from ({date_from}) (valeur reçue : {date_to})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="131"/>
        <source>the file is empty. Choose the .json file saved from the dock.</source>
        <translation>le fichier est vide. Choisissez le fichier .json enregistré depuis le panneau.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="132"/>
        <source>not valid JSON ({error}); correct the file, or save the parameters again from the dock.</source>
        <translation>JSON non valide ({error}) ; corrigez le fichier, ou enregistrez à nouveau les paramètres depuis le panneau.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="133"/>
        <source>lists or objects are nested more than {levels} levels deep; a parameter is one number, text or place.</source>
        <translation>des listes ou des objets sont imbriqués sur plus de {levels} niveaux ; un paramètre est un nombre, un texte ou un lieu unique.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="134"/>
        <source>cannot read {path}: {reason}. Check the path and that the file may be read.</source>
        <translation>impossible de lire {path} : {reason}. Vérifiez le chemin et que le fichier est accessible en lecture.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="135"/>
        <source>{path} is {size:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>{path} fait {size:,} octets, au-delà de la limite de {limit:,} octets (1 Mo) ; un fichier de paramètres enregistré fait moins de 2 Ko, ce n'en est donc probablement pas un. Choisissez le fichier .json enregistré depuis le panneau.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="136"/>
        <source>{path} is more than {limit:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.</source>
        <translation>{path} fait plus de {limit:,} octets, au-delà de la limite de {limit:,} octets (1 Mo) ; un fichier de paramètres enregistré fait moins de 2 Ko, ce n'en est donc probablement pas un. Choisissez le fichier .json enregistré depuis le panneau.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="137"/>
        <source>the file holds bytes of value 0 (the first at byte offset {offset:,}), which JSON text never has: it is probably UTF-16 text without a byte order mark, or not text at all. Save it again as UTF-8.</source>
        <translation>le fichier contient des octets de valeur 0 (le premier à la position {offset:,}), ce qu'un texte JSON ne contient jamais : il s'agit probablement de texte UTF-16 sans indicateur d'ordre des octets (BOM), ou pas du tout de texte. Enregistrez-le à nouveau en UTF-8.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="138"/>
        <source>the file is not UTF-8 text: the byte 0x{byte:02X} at byte offset {offset:,} (line {line}) is not UTF-8. Save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8).</source>
        <translation>le fichier n'est pas du texte UTF-8 : l'octet 0x{byte:02X} à la position {offset:,} (ligne {line}) n'est pas de l'UTF-8. Enregistrez-le à nouveau en UTF-8 (dans le Bloc-notes : Enregistrer sous, Encodage UTF-8).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="139"/>
        <source>the file begins as {encoding} text but is not: the byte 0x{byte:02X} at byte offset {offset:,} cannot be read. Save it again as UTF-8.</source>
        <translation>le fichier commence comme du texte {encoding} mais n'en est pas : l'octet 0x{byte:02X} à la position {offset:,} est illisible. Enregistrez-le à nouveau en UTF-8.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="140"/>
        <source>must be a finite number, got {value}</source>
        <translation>doit être un nombre fini (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="141"/>
        <source>west to east</source>
        <translation>d'ouest en est</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="142"/>
        <source>east to west</source>
        <translation>d'est en ouest</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="143"/>
        <source>south to north</source>
        <translation>du sud au nord</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="144"/>
        <source>north to south</source>
        <translation>du nord au sud</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="145"/>
        <source>There are {points} incident points for {incidents} flagged incidents: give one point per incident.</source>
        <translation>Il y a {points} points d'incident pour {incidents} incidents marqués : fournissez un point par incident.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="146"/>
        <source>There are {kinds} kinds for {incidents} incidents: give one kind per incident.</source>
        <translation>Il y a {kinds} types pour {incidents} incidents : fournissez un type par incident.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="147"/>
        <source>along the route</source>
        <translation>le long de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="148"/>
        <source>km along the route ({direction})</source>
        <translation>km le long de l'itinéraire ({direction})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="149"/>
        <source>Incidents along the route</source>
        <translation>Incidents le long de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="150"/>
        <source>km from {start} towards {end}</source>
        <translation>km depuis {start} vers {end}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="151"/>
        <source>Incidents along the patrol {start} → {end}</source>
        <translation>Incidents le long de la patrouille {start} → {end}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="152"/>
        <source>{upper} ↑ / {lower} ↓ (km from the road)</source>
        <translation>{upper} ↑ / {lower} ↓ (distance à la route, km)</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="153"/>
        <source>The corridor outline is invalid ({reason}).</source>
        <translation>Le contour du corridor n'est pas valide ({reason}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="154"/>
        <source>The corridor outline has no area; check the road and the widths.</source>
        <translation>Le contour du corridor a une superficie nulle ; vérifiez la route et les largeurs.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="155"/>
        <source>The corridor&apos;s outline is {error_m:.2f} m off its width near {lon:.5f}, {lat:.5f} (km {km:.1f} of the route); this should not happen, please report it with the road used.</source>
        <translation>Le contour du corridor s'écarte de {error_m:.2f} m de sa largeur près de {lon:.5f}, {lat:.5f} (km {km:.1f} de l'itinéraire) ; cela ne devrait pas arriver : veuillez le signaler en joignant la route utilisée.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="78"/>
        <source>north</source>
        <translation>nord</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="79"/>
        <source>south</source>
        <translation>sud</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="80"/>
        <source>east</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="81"/>
        <source>west</source>
        <translation>ouest</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="52"/>
        <source>The page length must be more than 0 km.</source>
        <translation>La longueur de page doit être supérieure à 0 km.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="53"/>
        <source>The overlap ({overlap_km:g} km) must be at least 0 km and less than the page length ({page_km:g} km).</source>
        <translation>Le chevauchement ({overlap_km:g} km) doit être d'au moins 0 km et inférieur à la longueur de page ({page_km:g} km).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="54"/>
        <source>Pages of {page_km:g} km make {count:,} pages of the {length_km:.1f} km patrol; the most is {most:,}: give longer pages.</source>
        <translation>Des pages de {page_km:g} km donnent {count:,} pages pour la patrouille de {length_km:.1f} km ; le maximum est {most:,} : indiquez des pages plus longues.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="55"/>
        <source>{width_km:.0f} km by {height_km:.0f} km do not fit a map at 1:{scale:,}.</source>
        <translation>{width_km:.0f} km sur {height_km:.0f} km ne tiennent pas sur une carte au 1:{scale:,}.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="56"/>
        <source>The scale must be more than 0 (0 to choose it).</source>
        <translation>L'échelle doit être supérieure à 0 (0 pour la choisir).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="57"/>
        <source>The km tick interval must be more than 0 km.</source>
        <translation>L'intervalle des repères kilométriques doit être supérieur à 0 km.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="65"/>
        <source>The places</source>
        <translation>Les lieux</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="66"/>
        <source>The margin must be a number of metres, 0 or more; got {value}.</source>
        <translation>La marge doit être un nombre de mètres, 0 ou plus (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="67"/>
        <source>The section length must be more than 0 km; got {value}.</source>
        <translation>La longueur de section doit être supérieure à 0 km (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="68"/>
        <source>The name field {field} has {count} values for {size} places: give one per place.</source>
        <translation>Le champ de nom {field} a {count} valeurs pour {size} lieux : donnez-en une par lieu.</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="89"/>
        <source>Scenario file, field &apos;{field}&apos;: {problem}</source>
        <translation>Fichier de scénarios, champ « {field} » : {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="90"/>
        <source>Scenario {number}, field &apos;{field}&apos;: {problem}</source>
        <translation>Scénario {number}, champ « {field} » : {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="91"/>
        <source>Scenario &apos;{scenario}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>Scénario « {scenario} », champ « {field} » : {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="92"/>
        <source>must be a corridor specification</source>
        <translation>doit être une définition de corridor</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="93"/>
        <source>{given} is given, so this must be too</source>
        <translation>{given} est indiqué, celui-ci doit donc l'être aussi</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="94"/>
        <source>must be a JSON object with a name and parameters, got {value}</source>
        <translation>doit être un objet JSON avec un name et des parameters (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="95"/>
        <source>unknown field; a scenario&apos;s fields are name, {known}</source>
        <translation>champ inconnu ; les champs d'un scénario sont name, {known}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="99"/>
        <source>A scenario, field &apos;name&apos;: {problem}</source>
        <translation>Un scénario, champ « name » : {problem}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="100"/>
        <source>the road&apos;s route is the same for every scenario; set this with the road, not in a scenario</source>
        <translation>l'itinéraire de la route est le même pour tous les scénarios ; définissez ceci avec la route, pas dans un scénario</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="101"/>
        <source>must list at least one scenario</source>
        <translation>doit contenir au moins un scénario</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="102"/>
        <source>lists {count} scenarios; the most is {most}</source>
        <translation>contient {count} scénarios ; le maximum est {most}</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="103"/>
        <source>must be a scenario</source>
        <translation>doit être un scénario</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="104"/>
        <source>scenario {first} has this name too; give each scenario its own name</source>
        <translation>le scénario {first} porte aussi ce nom ; donnez à chaque scénario son propre nom</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="105"/>
        <source>must be a JSON object with the scenarios, got {value}</source>
        <translation>doit être un objet JSON contenant les scénarios (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="106"/>
        <source>unknown field; known fields are format, version, scenarios</source>
        <translation>champ inconnu ; les champs connus sont format, version, scenarios</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="107"/>
        <source>must be &apos;{format}&apos;, got {value}</source>
        <translation>doit valoir « {format} » (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="109"/>
        <source>must be a list of scenarios, got {value}</source>
        <translation>doit être une liste de scénarios (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../build/i18n/core_messages.py" line="110"/>
        <source>Scenario &apos;{scenario}&apos;: {problem}</source>
        <translation>Scénario « {scenario} » : {problem}</translation>
    </message>
</context>
</TS>
