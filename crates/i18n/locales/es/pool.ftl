# Pools in Spanish: Groups, pools, their rules and new decisions.
# Every key here is in the other languages too.

## La página de inicio pública

public-heading = Convierta su grupo en un fondo propiedad de sus miembros
public-lead = Un fondo permite a las personas de un grupo reunir dinero, proponer qué hacer con él y decidirlo por votación. Cada miembro tiene exactamente un voto, aporte lo que aporte.
public-start = Empiece creando una cuenta
public-or-sign-in = o inicie sesión
public-how = Cómo funciona
public-step-group-title = Traiga su grupo.
public-step-group = Importe la lista de miembros que exporta de Meetup, o cree un grupo nuevo. Cada persona recibe un enlace de invitación.
public-step-pool-title = Cree un fondo.
public-step-pool = En un solo paso, con reglas predeterminadas justas que puede ajustar antes de abrirlo: cuántos deben votar, qué proporción debe estar a favor.
public-step-decide-title = Decidan juntos.
public-step-decide = Los miembros entran firmando un breve compromiso y luego proponen y votan. El dinero solo sale por decisión.

## Crear un grupo

group-new-title = Crear un grupo
group-new-lead = Un grupo es su comunidad. Unirse no cuesta nada. En cuanto tenga miembros, podrá convertirlo en un fondo.
group-new-name = Nombre del grupo
group-new-slug = Dirección web (opcional)
group-new-slug-hint = Letras minúsculas, cifras y guiones, como { $example }. Si la deja vacía, se crea a partir del nombre.
group-new-description = De qué trata el grupo (opcional)
group-new-create = Crear el grupo
group-created = { $group } está creado y usted lo organiza. Importe sus miembros de Meetup o comparta la página.

## La página de un grupo

group-member-count = { $n ->
    [one] { $n } miembro
   *[other] { $n } miembros
  }
group-you-are-organizer = usted lo organiza
group-you-are-member = usted es miembro
group-pool-heading = Fondo
group-pool-lead = El fondo del grupo, propiedad de sus miembros. Cada miembro tiene un voto.
group-no-pool-organizer = Este grupo aún no tiene fondo. Un fondo permite a los miembros reunir dinero y decidir por votación cómo usarlo.
group-turn-into-pool = Convertir este grupo en un fondo
group-no-pool = Este grupo aún no tiene fondo. Quienes lo organizan pueden crear uno.
group-join-heading = Unirse
group-join-button = Unirse a { $group }
group-join-meetup-hint = ¿Estaba en este grupo en Meetup? Pida mejor su enlace de invitación a quien organiza, para conservar su lugar.
group-sign-in-to-join = { $signin } o { $signup } para unirse.
group-sign-in-link = Inicie sesión
group-sign-up-link = cree una cuenta
group-import-heading = Importar miembros de Meetup
group-import-lead = En Meetup, abra la lista de miembros de su grupo y expórtela. Suba aquí ese archivo CSV. Importar de nuevo una exportación más reciente actualiza a los miembros y nunca los duplica.
group-import-file = Exportación de miembros de Meetup (CSV)
group-import-button = Importar miembros
group-invite-links = Enlaces de invitación de los miembros importados ({ $n } pendientes)
group-members-caption = Miembros de { $group }
group-members-on-pools = En Pools
group-members-joined-meetup = Se unió en Meetup
group-members-answers = Respuestas
group-meetup-role = { $role } en Meetup
group-has-account = tiene una cuenta
group-invited = invitado/a
group-joined = Se ha unido al grupo.
group-imported = { $members ->
    [one] Se importó { $members } miembro
   *[other] Se importaron { $members } miembros
  } de { $file }: { $created ->
    [one] { $created } nuevo
   *[other] { $created } nuevos
  }, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
  }. Envíe a los nuevos sus enlaces de invitación.
group-upload-unreadable = no se pudo leer el archivo subido: { $error }
group-upload-choose = elija el archivo CSV que exportó de Meetup y pulse Importar
group-invite-title = Invitación a { $group }
group-claimed = Bienvenido/a a { $group }: su lugar ya es suyo.

## Convertir un grupo en un fondo

newpool-title = Convertir { $group } en un fondo
newpool-lead = Un fondo es la caja común del grupo. Los miembros aportan dinero, proponen qué hacer con él y deciden por votación, una persona, un voto. Empieza como borrador con las reglas de abajo, que puede cambiar antes de abrirlo a los miembros.
newpool-default-name = Fondo de { $group }
newpool-name = Nombre del fondo
newpool-currency = Moneda
newpool-currency-hint = Fija durante toda la vida del fondo.
newpool-rules-heading = Las reglas iniciales
newpool-accept = Acepto este compromiso y me convierto en el primer miembro del fondo y en quien lo organiza.
newpool-create = Crear el fondo
newpool-created = El fondo se ha creado como borrador. Revise sus reglas y luego ábralo a los miembros.
newpool-forbidden = solo quienes organizan { $group } pueden convertirlo en un fondo

## La página de un fondo

pool-status-draft = borrador
pool-status-open = abierto
pool-legal-status = Situación jurídica: { $status }
pool-legal-informal = fondo informal
pool-legal-becoming = fondo informal, en camino de ser { $name } ({ $status })
pool-legal-active = { $name } ({ $form }, número de registro { $number })
pool-formation-drafting = redacción
pool-formation-signing = firmas
pool-formation-ready-to-file = lista para presentar
pool-formation-filed = presentada
pool-formation-ein-recorded = EIN registrado
pool-formation-active = activa
pool-form-delaware-llc = LLC de Delaware con un acuerdo operativo cooperativo
pool-form-colorado-lca = Cooperativa de Colorado (Limited Cooperative Association)
pool-active-members = { $n ->
    [one] { $n } miembro activo
   *[other] { $n } miembros activos
  }
pool-link-treasury = Tesorería: vea cada céntimo
pool-link-treasury-record = Tesorería: vea cada céntimo y registre el dinero recibido
pool-link-discussions = Conversaciones: háblenlo
pool-link-formation = Entidad jurídica: convertirse en una LLC o una cooperativa
pool-link-formation-started = Entidad jurídica: documentos, firmas y presentación
pool-link-notifications = Notificaciones: elija cómo enterarse
pool-link-webhooks = Webhooks: avise al chat de su grupo
pool-to-sign = Aún deben firmar la versión { $version } de los documentos: { $names }.
pool-read-and-sign = Leer y firmar
pool-draft-heading = Este fondo es un borrador
pool-draft-review = Revise las reglas y el compromiso, cámbielos si lo desea y luego abra el fondo a los miembros del grupo. Una vez abierto, las reglas solo cambian por una decisión de los miembros.
pool-draft-edit = Editar las reglas y el compromiso
pool-draft-open = Abrir el fondo a los miembros
pool-draft-wait = Quienes organizan aún están preparando este fondo. Podrá unirse en cuanto lo abran.
pool-rules-heading = Las reglas, en palabras sencillas
pool-commitment-heading = El compromiso de miembro
pool-me-heading = Su membresía
pool-me-pending-buy-in = Ha aceptado el compromiso. Su membresía está { $pending } hasta que la tesorería registre su cuota de entrada de { $amount }.
pool-me-pending-vote = Ha aceptado el compromiso. Su membresía está { $pending } hasta que los miembros le admitan.
pool-me-member = Es miembro desde el { $since }. Tiene un voto, como cualquier otro miembro.
pool-me-member-role = Es miembro y { $role } desde el { $since }. Tiene un voto, como cualquier otro miembro.
pool-leave = Salir del fondo
pool-join-heading = Unirse al fondo
pool-join-lead = Para unirse, lea el compromiso y acéptelo.
pool-join-buy-in = La cuota de entrada es de { $amount }: su membresía queda pendiente hasta que la tesorería la registre.
pool-join-accept = He leído el compromiso y lo acepto.
pool-join-button = Unirse a { $pool }
pool-sign-in-to-join = Inicie sesión para unirse o participar.
pool-only-group-members = Solo los miembros de { $group } pueden unirse a su fondo.
pool-join-group-first = Únase primero al grupo
pool-decisions-heading = Decisiones
pool-put-question = Plantear una pregunta a los miembros
pool-propose-rule-change = Proponer un cambio de reglas
pool-no-decisions = Todavía no hay decisiones.
pool-decision-counting = La votación terminó; se está calculando el resultado.
pool-decision-summary = { $method } · cierra el { $when } ({ $left }) · { $voted ->
    [one] votó { $voted } de { $eligible }
   *[other] votaron { $voted } de { $eligible }
  }
pool-proxies-heading = Poderes
pool-proxies-hint = Un miembro puede nombrar a otro para que vote por él, para una decisión o para todas hasta revocarlo. Nadie tiene más de un poder, el voto propio de un miembro siempre cuenta por encima del de su apoderado, y el voto secreto no admite ninguno.
pool-proxies-none = Nadie ha nombrado un apoderado.
pool-proxies-caption = Poderes en { $pool }
pool-proxies-member = Miembro
pool-proxies-through = Vota a través de
pool-proxies-for = Para
pool-proxies-since = Desde
pool-proxy-scope-all = todas las decisiones
pool-proxy-scope-one = solo «{ $title }»
pool-my-proxy = Su apoderado es { $name }, { $scope }.
pool-proxy-revoke = Revocar mi poder
pool-proxy-name-other = Nombrar a otra persona
pool-proxy-name = Nombrar un apoderado
pool-proxy-every = todas las decisiones, hasta que lo revoque
pool-proxy-submit = Nombrar a mi apoderado
pool-floods-heading = Floods
pool-flood-committed = { $amount } comprometidos
pool-flood-left = salió llevándose { $amount }
pool-rounds-heading = Presupuestos participativos
pool-members-heading = Miembros
pool-members-caption = Miembros de { $pool }
pool-members-name = Nombre
pool-members-role = Función
pool-members-status = Estado
pool-members-since = Desde
pool-members-change-role = Cambiar la función
pool-member-active = activo/a
pool-member-left = se fue
pool-role-of = Función de { $name }
pool-role-save = Guardar
pool-role-invalid = elija miembro, tesorero/a u organizador/a
pool-role-set = { $name } ahora es { $role }.
pool-opened = El fondo está abierto. Los miembros del grupo ya pueden unirse.
pool-joined-pending = Ha aceptado el compromiso. Su membresía queda pendiente hasta que se registre su cuota de entrada.
pool-joined = Bienvenido/a: es miembro del fondo, con un voto como todos los demás.
pool-left = Ha salido del fondo.
pool-left-owed = Ha salido del fondo. Se le debe devolver su capital de { $amount } a más tardar el { $due }, según la regla de salida del fondo.
pool-proxy-named-all = { $name } es ahora su apoderado, para todas las decisiones hasta que lo revoque. Su propio voto siempre cuenta por encima del suyo.
pool-proxy-named-one = { $name } es ahora su apoderado, solo para «{ $title }». Su propio voto siempre cuenta por encima del suyo.
pool-proxy-revoked = Su poder está revocado. Cualquier voto que su apoderado emitiera por usted en una decisión abierta queda retirado.
pool-day = { $day } { $month } { $year }

## El formulario de las reglas de un fondo

poolrules-title = Reglas de { $pool }
poolrules-propose-lead = Cambie cualquier regla de abajo. Los miembros la votan como una propuesta, y solo entra en vigor si { $needs } están a favor. «Una persona, un voto» no está entre las reglas: está integrado en el programa.
poolrules-edit-heading = Editar las reglas del borrador
poolrules-edit-lead = Estas reglas rigen desde el momento en que se abre el fondo. Después solo cambian por una decisión de los miembros. «Una persona, un voto» no está entre ellas: está integrado en el programa.
poolrules-default-title = Cambiar las reglas
poolrules-proposal-title = Título de la propuesta
poolrules-why = Por qué (opcional)
poolrules-deciding = Decidir
poolrules-quorum = Quórum: proporción de miembros que deben votar (%)
poolrules-approval = Proporción a favor necesaria para aprobar
poolrules-rule-change = Proporción a favor necesaria para cambiar estas reglas
poolrules-blocks = Un solo bloqueo detiene una propuesta (práctica del consenso)
poolrules-hide = Ocultar el recuento hasta que se cierre una decisión
poolrules-close-early = Cerrar una decisión antes de tiempo en cuanto hayan votado todos los que pueden votar
poolrules-proxies = Los miembros pueden nombrar un apoderado que vote por ellos
poolrules-proxies-hint = Para una decisión o para todas hasta revocarlo. Nadie tiene más de un poder, el voto propio de un miembro siempre cuenta por encima del de su apoderado, cada poder se muestra al fondo, y el voto secreto no admite ninguno.
poolrules-secret = Voto secreto
poolrules-secret-never = nunca: cada papeleta muestra el nombre de quien votó
poolrules-secret-optional = opcional: decide quien propone
poolrules-secret-always = siempre: cada decisión se toma por voto secreto
poolrules-secret-hint = En un voto secreto, los miembros ven quién votó, nunca cómo. Cada votante recibe un recibo y, al cierre, cada papeleta se publica bajo su recibo, mezclada, para que cualquiera pueda repetir el recuento.
poolrules-proposers = Quién puede proponer
poolrules-proposers-any = cualquier miembro
poolrules-proposers-organizers = solo quienes organizan
poolrules-period = Duración de la votación, en días
poolrules-shortest = Mínima
poolrules-usual = Habitual
poolrules-longest = Máxima
poolrules-membership = Membresía
poolrules-buy-in = Cuota de entrada ({ $currency }, 0 para ninguna)
poolrules-commitment-required = Los miembros deben firmar el compromiso para unirse
poolrules-admission = Admisión
poolrules-admission-automatic = automática
poolrules-admission-vote = por votación de los miembros
poolrules-exit-days = Días para devolver el capital de un miembro que se va
poolrules-commitment = Compromiso de miembro
poolrules-put-to-vote = Someter el cambio a votación
poolrules-save-draft = Guardar el borrador
poolrules-change-open = El cambio de reglas está abierto a votación.
poolrules-saved = Las reglas del borrador están guardadas.
poolrules-forbidden-propose = solo los miembros que pueden hacer propuestas pueden proponer un cambio de reglas
poolrules-forbidden-edit = solo quienes organizan el fondo pueden editar sus reglas
poolrules-error-number = escriba un número entero de 0 a { $max }
poolrules-error-secret = elija nunca, opcional o siempre
poolrules-error-threshold = elija uno de los umbrales de la lista

## Plantear una pregunta a los miembros

newdecision-title = Nueva pregunta en { $pool }
newdecision-lead = Cada miembro del fondo al abrirse la votación tiene un voto. El resultado se calcula al cierre y se explica en palabras sencillas.
newdecision-question = Pregunta
newdecision-details = Detalles (opcional; admite Markdown)
newdecision-how = Cómo responden los miembros
newdecision-method-proposal = Propuesta: a favor, abstención, en contra o bloqueo
newdecision-method-single-choice = Opción única: elegir una opción
newdecision-method-multiple-choice = Opción múltiple: elegir varias opciones
newdecision-method-score = Puntuación: puntuar cada opción
newdecision-method-ranked-choice = Clasificación: ordenar las opciones (método Schulze)
newdecision-method-stv = Elección: clasificar a las candidaturas para cubrir varios puestos (voto único transferible)
newdecision-options = Opciones, una por línea (no hacen falta para una propuesta)
newdecision-min = Mínimo de opciones elegidas (opción múltiple)
newdecision-max = Máximo de opciones elegidas (opción múltiple)
newdecision-seats = Puestos que cubrir (elección)
newdecision-max-score = Puntuación más alta (voto por puntuación)
newdecision-secret-hint = Los miembros verán quién votó, nunca cómo. Cada votante recibe un recibo y, al cierre, cada papeleta se publica bajo su recibo, mezclada, para que cualquiera pueda repetir el recuento. El recuento queda oculto hasta entonces.
newdecision-secret-always = Las reglas de este fondo hacen de cada decisión un voto secreto: los miembros verán quién votó, nunca cómo.
newdecision-spend-legend = ¿Gastar el dinero del fondo? (solo propuestas)
newdecision-spend-hint = Si la propuesta se aprueba, se autoriza un pago de exactamente este importe a este beneficiario, y la tesorería puede pagarlo. Este fondo tiene { $available } disponibles. El dinero se comprueba de nuevo al cierre: si para entonces otros pagos o presupuestos participativos lo han usado, la propuesta se aprueba igualmente pero no se autoriza ningún pago, y la decisión explica por qué.
newdecision-payee = Pagar a
newdecision-amount = Importe ({ $currency })
newdecision-purpose = Para
newdecision-round-legend = ¿Abrir un presupuesto participativo? (solo propuestas)
newdecision-round-hint = Si la propuesta se aprueba, este importe se reparte a partes iguales entre los miembros activos del fondo. Los miembros proponen proyectos y luego reparten su parte entre los que apoyan. Los proyectos que alcanzan su mínimo se pagan; el resto vuelve al fondo.
newdecision-bucket-days = Días para proponer proyectos
newdecision-funding-days = Días para financiarlos
newdecision-cap = Lo máximo que un miembro puede poner en un proyecto (opcional)
newdecision-guidelines = Pautas para los proyectos (opcional; admite Markdown)
newdecision-flood-legend = ¿Una decisión sobre un Flood? (solo propuestas)
newdecision-flood-hint = Un Flood son varios fondos que trabajan en un proyecto común y deciden juntos. Si esto se aprueba, el fondo crea uno, se une a uno, añade fondos a uno del que forma parte, o sale de uno con su parte.
newdecision-flood-action = Lo que hace el fondo
newdecision-flood-none = Nada sobre un Flood
newdecision-flood-start = Crear un Flood
newdecision-flood-join = Unirse a un Flood
newdecision-flood-add = Añadir fondos a un Flood
newdecision-flood-leave = Salir de un Flood
newdecision-flood-name = Nombre del nuevo Flood
newdecision-flood-id = O el identificador del Flood (para unirse, financiarlo o salir)
newdecision-flood-amount = Importe comprometido ({ $currency })
newdecision-flood-purpose = Proyecto común del nuevo Flood
newdecision-double-majority = Nuevo Flood: las decisiones también necesitan una mayoría de los fondos miembros (doble mayoría)
newdecision-days = Días que la votación queda abierta
newdecision-days-hint = Este fondo permite de { $min } a { $max } días.
newdecision-open = Abrir la votación
newdecision-opened = La votación está abierta hasta el { $when }.
newdecision-forbidden = no puede hacer propuestas en este fondo
newdecision-error-number = escriba un número entero

## A pool's time zone

pool-time-zone-heading = Zona horaria
pool-time-zone-utc = Las horas de este fondo se muestran en UTC a los miembros que no eligieron su propia zona horaria.
pool-time-zone-is = Las horas de este fondo se muestran en la zona { $zone } a los miembros que no eligieron la suya, y sus mensajes la usan.
pool-time-zone-label = La zona horaria del fondo
pool-time-zone-hint = Una región y una ciudad de la base de datos de zonas horarias, por ejemplo Europe/Paris o America/Mexico_City; déjelo vacío para UTC. La configuración de cada miembro va primero.
pool-time-zone-save = Guardar la zona horaria
pool-time-zone-set = Las horas del fondo se muestran ahora en la zona { $zone }.
pool-time-zone-cleared = Las horas del fondo se muestran ahora en UTC.
