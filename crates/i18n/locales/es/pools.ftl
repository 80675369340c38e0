# Pools en español. Cada clave de en/ está aquí también.

## El marco de cada página

skip-to-content = Ir al contenido
nav-main = Principal
nav-home = Mis grupos y fondos
nav-new-group = Nuevo grupo
nav-outbox = Correo saliente
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
nav-sign-up = Crear una cuenta
footer = Pools: fondos comunes de sus miembros, con reglas cooperativas. Cada miembro tiene exactamente un voto. Nada de lo que aparece aquí es asesoramiento jurídico.
nav-settings = Ajustes
settings-title = Sus ajustes
settings-language-browser = Como lo pida mi navegador
settings-time-zone = Zona horaria
settings-time-zone-hint = Las horas se muestran en esta zona, con su nombre. Una región y una ciudad de la base de zonas horarias, como Europe/Madrid o America/Mexico_City; déjelo vacío para UTC.
settings-save = Guardar mis ajustes
settings-saved = Sus ajustes están guardados.
language = Idioma
language-change = Cambiar de idioma
language-saved = Pools ahora le habla en { $lang ->
    [en] inglés
    [fr] francés
   *[es] español
  }.

## Fechas: «9 dic 2026, 18:19 (America/Mexico_City)»

when = { $day } { $month } { $year }, { $time } ({ $zone })
day = { $day } { $month } { $year }
month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic
time-left-days = en { $days ->
    [one] 1 día
   *[other] { $days } días
  } y { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
  }
time-left-hours = en { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
  } y { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
  }
time-left-minutes = en { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
  }
time-left-days-only = en { $days ->
    [one] 1 día
   *[other] { $days } días
  }
time-left-hours-only = en { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
  }
time-left-none = cierra ahora

## Modos de votación y posturas

method-proposal = propuesta
method-single-choice = opción única
method-multiple-choice = opción múltiple
method-score = puntuación
method-ranked-choice = clasificación (método Schulze)
method-stv = elección por voto único transferible (STV escocés)
stance-agree = A favor
stance-abstain = Abstención
stance-disagree = En contra
stance-block = Bloqueo
stance-abstain-long = Abstención (solo cuenta para el quórum)
stance-block-long = Bloqueo (una objeción de principio; dé una razón)
ask-proposal = ¿Cuál es su postura?
ask-single = Elija una opción
ask-multiple = Elija de { $min } a { $max } opciones
ask-score = Dé a cada opción una puntuación de 0 a { $max }
ask-ranked = Numere las opciones en su orden de preferencia: 1 para su favorita. Deje en blanco las que no clasifique
unit-ballots = papeletas
unit-points = puntos
unit-first-preferences = primeras preferencias

## La página de una decisión

decision-open = abierta
decision-closed = cerrada
decision-secret = voto secreto
decision-proposed-by = propuesta por { $name }
decision-timing-closed = cerrada el { $when }
decision-timing-counting = la votación terminó; se está calculando el resultado
decision-timing-closes = cierra el { $when } ({ $left })
decision-add-to-calendar = Añadir a mi calendario
decision-spend-heading = El dinero que esto gastaría
decision-spend = Si se aprueba, se autoriza un pago de { $amount } a { $payee }. La tesorería podrá pagar exactamente eso, una sola vez.
decision-spend-for = Si se aprueba, se autoriza un pago de { $amount } a { $payee } para { $purpose }. La tesorería podrá pagar exactamente eso, una sola vez.
decision-round-heading = El presupuesto participativo que esto abriría
decision-round-go = Ir al presupuesto participativo
decision-round-failed = La decisión se aprobó, pero el presupuesto participativo no pudo abrirse: { $reason }.
decision-flood-heading = Lo que el fondo hace con un Flood
decision-flood-start = El fondo crea un Flood llamado { $name } y aporta { $amount }.
decision-flood-join = El fondo se une al Flood { $name } y le compromete { $amount }.
decision-flood-add = El fondo añade { $amount } al Flood { $name }.
decision-flood-leave = El fondo sale del Flood { $name } y recupera su parte no gastada.
decision-flood-go = Abrir el Flood
decision-flood-failed = La decisión se aprobó, pero no se pudo llevar a cabo: { $reason }.
decision-rules-heading = Las reglas que esto adoptaría
decision-rules-needs = Necesita { $needs } para aprobarse.
decision-result = Resultado
decision-count-so-far = El recuento hasta ahora
decision-if-ended-now = Si la votación terminara ahora — { $explanation }
decision-chain-entry = Este resultado es la entrada { $seq } de la cadena propia del fondo en el registro. Cualquiera puede comprobar que una exportación del fondo todavía la contiene:
decision-journal-entry = Este resultado es la entrada { $seq } del registro. Cualquiera puede comprobar que una exportación todavía la contiene:
decision-hidden = El recuento queda oculto hasta el cierre. { $voted } de { $eligible } miembros han votado hasta ahora.
decision-hidden-secret = El recuento queda oculto hasta el cierre, como en todo voto secreto. { $voted } de { $eligible } miembros han votado hasta ahora.
decision-full-ranking = Clasificación completa: { $ranking }
decision-sheet-heading = El acta del escrutinio
decision-sheet-hint = { $seats ->
    [one] 1 puesto
   *[other] { $seats } puestos
  }; { $valid ->
    [one] 1 papeleta válida
   *[other] { $valid } papeletas válidas
  }; la cuota es { $valid } ÷ ({ $seats } + 1), sin su parte decimal, más 1 = { $quota } votos. Los votos se cuentan con cinco decimales y los valores de transferencia se truncan, según las reglas del STV escocés.
decision-sheet-caption = Los votos en cada etapa del escrutinio
decision-sheet-stage = Etapa
decision-sheet-non-transferable = No transferibles
decision-sheet-lost = Perdidos en decimales
decision-sheet-what = Lo que ocurrió
decision-sheet-elected = elegida
decision-sheet-excluded = excluida
decision-pools-heading = Fondos miembros (doble mayoría)
decision-pools-hint = Un fondo miembro aprueba cuando las papeletas de sus propios miembros alcanzan el umbral de aprobación; la decisión también necesita más de la mitad de los fondos miembros.
decision-pools-caption = Cómo votaron los miembros de cada fondo miembro
decision-pools-pool = Fondo
decision-pools-approves = Aprueba
yes = sí
no = no
decision-vote-heading = Su voto
decision-vote-change-heading = Cambiar su voto
decision-you-voted = Usted votó: { $choice }. Puede cambiarlo hasta el cierre; solo cuenta su último voto.
decision-you-voted-secret = Usted ya votó. Su papeleta está sellada, así que no se muestra aquí, ni siquiera a usted. Puede cambiarla hasta el cierre: recibirá un nuevo recibo y el anterior dejará de contar.
decision-reason = Su razón (opcional; un bloqueo necesita una)
decision-reason-secret = Su razón (opcional; un bloqueo necesita una). Se publica con su papeleta al cierre, sin su nombre
decision-cast = Votar
decision-change = Cambiar mi voto
decision-withdraw = Retirar mi voto
decision-not-eligible = Solo los { $eligible } miembros del fondo al abrirse la votación pueden votar en esto.
decision-proxy-heading = Votar por { $name }, como su apoderado
decision-proxy-voted-themselves = { $name } ya votó en persona. Su propio voto siempre cuenta por encima del de su apoderado, así que no hay nada que usted deba votar.
decision-proxy-you-voted = Usted votó por esta persona: { $choice }. Puede cambiarlo hasta el cierre; si vota ella misma, cuenta su voto.
decision-proxy-named-you = { $name } le nombró su apoderado. Esta papeleta es suya, mostrada con su nombre como quien la emitió. Si vota ella misma, cuenta su voto.
decision-proxy-legend = { $instruction } (por { $name })
decision-proxy-reason = Su razón (opcional; un bloqueo necesita una)
decision-proxy-cast = Emitir su voto
decision-voters-heading = Quién ha votado ({ $voted } de { $eligible })
decision-voters-none = Nadie todavía.
decision-ballots-caption = Papeletas sobre { $title }
decision-ballots-member = Miembro
decision-ballots-vote = Voto
decision-ballots-reason = Razón
decision-ballot-by-proxy = { $name } (emitida por { $proxy }, su apoderado)
pages-label = Páginas de papeletas
page-previous = Anterior
page-next = Siguiente
page-of = Página { $page } de { $pages }
decision-secret-heading = Voto secreto
decision-published-heading = Las papeletas, tal como se publicaron
decision-published-hint = Cada papeleta bajo el SHA-256 del recibo de quien votó, en el orden de esas huellas, que no debe nada a quién votó ni a cuándo. Cuéntelas para repetir el recuento; compruebe su recibo para encontrar la suya.
decision-published-caption = Papeletas publicadas sobre { $title }
decision-published-receipt = Huella del recibo
decision-secret-explained = Los miembros ven quién votó, nunca cómo. Cada votante recibe un recibo; al cierre, cada papeleta se publica bajo su recibo, mezclada, para que cualquiera pueda repetir el recuento y cada votante comprobar su recibo.
decision-check-receipt = Comprobar un recibo
decision-server-sees = El registro del fondo (el diario que cada miembro puede exportar) dice quién votó y, al cierre, cada papeleta bajo su recibo, mezclada, nunca quién emitió cuál. Mientras la votación está abierta, el servidor guarda cada papeleta sellada con su votante para que una papeleta cambiada reemplace a la anterior: quien administra el servidor y lee directamente su base de datos podría leerlas hasta el cierre, cuando se borran. Los recibos se envían por correo electrónico, así que también pasan por el servidor de correo y quedan en el correo saliente del servidor.

## Lo que responde la votación

voted = Su voto está contado. Puede cambiarlo hasta el cierre.
voted-and-closed = Su voto está contado. Todos han votado, así que la decisión se cerró.
voted-as-proxy = Su voto como apoderado está contado. La persona aún puede votar ella misma, y entonces cuenta su voto.
withdrawn = Su voto está retirado.

## Los resultados explicados

quoted = «{ $name }»
list-and = { $first } y { $last }
threshold-majority = más de la mitad
threshold-two-thirds = al menos dos tercios
threshold-three-quarters = al menos tres cuartos
threshold-unanimity = todos (unanimidad)
said-turnout = votaron { $voted } de { $eligible } { $eligible ->
    [one] miembro
   *[other] miembros
  } (quórum { $quorum })
said-no-quorum = Sin decisión: solo { $turnout }, así que no se alcanzó el quórum.
said-counts = { $agree } a favor y { $against } en contra
said-counts-abstained = { $agree } a favor y { $against } en contra ({ $abstain } abstenciones)
said-measure = así que un { $share } % estuvo a favor, frente a un umbral de { $threshold }
said-measure-nobody = nadie votó a favor ni en contra
said-passed = Aprobada
said-blocked = Bloqueada
said-not-passed = No aprobada
said-proposal = { $verdict }: { $turnout }. { $counts }, { $measure }.
said-blocks = { $blocks ->
    [0] Ningún bloqueo.
    [one] Un miembro la bloqueó.
   *[other] { $blocks } miembros la bloquearon.
  }
said-blocks-counted = { $blocks ->
    [one] 1 bloqueo contado
   *[other] { $blocks } bloqueos contados
  } como votos en contra.
said-nothing-picked = Sin decisión: { $turnout }, pero ninguna papeleta eligió una opción, así que no se eligió nada.
said-choice-won = Decidido: { $turnout }. Ganó { $names } con { $ballots ->
    [one] 1 papeleta
   *[other] { $ballots } papeletas
  }.
said-choice-tie = Empate: { $turnout }. { $names } empataron con { $ballots ->
    [one] 1 papeleta
   *[other] { $ballots } papeletas
  } cada una.
said-score-won = Decidido: { $turnout }. { $names } obtuvo la mejor puntuación, { $average } de { $max } de media.
said-score-tie = Empate: { $turnout }. { $names } empataron con una media de { $average } de { $max }.
said-schulze-won = Decidido: { $turnout }. Ganó { $winner } por el método Schulze.
said-schulze-won-all = Decidido: { $turnout }. Ganó { $winner } por el método Schulze, venciendo a cada otra opción en duelo.
said-schulze-tie = Decidido por la regla de empate: { $turnout }. { $tied } empataron por el método Schulze. El empate va a la opción con más primeras preferencias ({ $firsts }) y luego a la primera de la lista, así que gana { $winner }.
said-tier-tied = ({ $names } empatadas)
said-ranking = Clasificación completa: { $order }.
said-stv = Elegidas: { $elected }, para { $seats ->
    [one] 1 puesto
   *[other] { $seats } puestos
  }, por voto único transferible (STV escocés): { $turnout }. La cuota fue de { $quota } de { $valid ->
    [one] 1 papeleta válida
   *[other] { $valid } papeletas válidas
  }, y el escrutinio tuvo { $stages ->
    [one] 1 etapa
   *[other] { $stages } etapas
  } (vea el acta del escrutinio).

## Las cuentas y la página de inicio

field-email = Correo electrónico
field-password = Contraseña
field-your-name = Su nombre
signin-title = Iniciar sesión
signin-button = Iniciar sesión
signin-forgot = ¿Olvidó su contraseña?
signin-new-here = ¿Es nuevo aquí?
signin-create = Crear una cuenta
signup-title = Cree su cuenta
signup-lead = Una cuenta le permite unirse a grupos y fondos, votar y ver adónde va cada céntimo.
signup-password-hint = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
signup-button = Crear la cuenta
signup-have-account = ¿Ya tiene una cuenta?
home-title = Sus grupos y fondos
home-calendar = Su calendario: cada plazo de sus fondos, en su propio programa de calendario
home-pools = Fondos
home-no-pools = Aún no está en ningún fondo. Abra uno de sus grupos para unirse a su fondo o, si lo organiza, para crear uno.
home-groups = Grupos
home-no-groups = Aún no está en ningún grupo. Únase a uno de abajo, abra un enlace de invitación de quien organiza, o cree uno:
home-start-group = Crear un grupo
directory-title = Los grupos de este servidor
directory-none = Todavía no hay grupos.
role-organizer = organizador/a
role-treasurer = tesorero/a
role-member = miembro
status-pending = pendiente
errors-title = { $count ->
    [one] Corrija esto, por favor
   *[other] Corrija estas { $count } cosas, por favor
  }

## Los recibos del voto secreto

receipt-sealed-title = Su papeleta está sellada
receipt-sealed-closed = Todos han votado, así que la votación se cerró y su papeleta ya está contada.
receipt-sealed-open = Se contará al cierre. Puede cambiarla hasta entonces; una papeleta cambiada recibe un nuevo recibo y este deja de contar.
receipt-yours = Su recibo
receipt-keep = Anótelo o guarde el correo que le enviamos: esta página lo muestra una sola vez. Al cierre, cada papeleta se publica bajo su recibo, mezclada y sin nombres. Introduzca su recibo en la página de comprobación de esta decisión, o compruébelo en la exportación del fondo, para ver su papeleta contada tal como la emitió.
receipt-private = No lo comparta: quien lo tenga puede ver cómo se votó esta papeleta.
receipt-back = Volver a la decisión
receipt-check-closed = Es un voto secreto y la votación está cerrada: introduzca su recibo para ver la papeleta publicada bajo él.
receipt-check-open = Es un voto secreto y la votación está abierta: un recibo indica si pertenece a una papeleta vigente, nunca lo que dice esa papeleta.
receipt-counted = Contada
receipt-sealed = Sellada
receipt-unknown = No encontrada
receipt-counted-words = Esta papeleta se contó tal como se publicó al cierre.
receipt-sealed-words = Es el recibo de una papeleta vigente: está sellada y se contará al cierre. Lo que dice sigue en secreto hasta entonces.
receipt-unknown-words = Ninguna papeleta tiene este recibo. Compruebe que está bien escrito; una papeleta cambiada después tiene un recibo nuevo, y el anterior ya no cuenta.
receipt-ballot = La papeleta bajo este recibo: { $choice }.
receipt-reason = Su razón: «{ $reason }».
receipt-code = Código del recibo
receipt-check = Comprobar
receipt-sees = Qué sigue en secreto y qué puede ver el servidor

## The legal documents

docs-english-only = Los documentos jurídicos solo están en inglés: ninguna traducción ha sido revisada, y solo el texto en inglés es vinculante.

## Las reglas de un fondo en palabras sencillas

rule-one-vote = Cada miembro tiene exactamente un voto, aporte lo que aporte. Está integrado en el programa y ninguna regla puede cambiarlo.
rule-quorum = Una decisión solo cuenta si vota al menos el { $percent } % de los miembros que podían votar (abstenerse cuenta como participar).
rule-approval = Una propuesta se aprueba cuando { $threshold } de quienes votan a favor o en contra votan a favor.
rule-blocks-stop = Cualquier miembro puede bloquear una propuesta, con una razón, y un bloqueo la detiene.
rule-blocks-counted = Los bloqueos cuentan como votos en contra; un solo miembro no puede detener una propuesta.
rule-voting-days = Las decisiones quedan abiertas { $default ->
    [one] 1 día
   *[other] { $default } días
  }, salvo que quien propone elija entre { $min } y { $max } días.
rule-proposers-any = Cualquier miembro puede hacer una propuesta.
rule-proposers-organizers = Solo quienes organizan pueden hacer propuestas.
rule-no-buy-in = No hay cuota de entrada: unirse no cuesta nada.
rule-buy-in = Unirse requiere una cuota de entrada de { $amount }, que queda en la cuenta de capital del miembro.
rule-commitment = Se entra firmando el compromiso de miembro.
rule-no-commitment = Se entra sin firmar ningún compromiso.
rule-admission-automatic = Se admite a cualquier persona del grupo que cumpla estas condiciones.
rule-admission-vote = Los miembros votan la admisión de cada miembro nuevo.
rule-change = Cambiar estas reglas requiere una decisión en la que { $threshold } voten a favor.
rule-exit = Un miembro que se va recupera su cuenta de capital en { $days } días.
rule-hidden = Los resultados quedan ocultos hasta que se cierra una decisión.
rule-live = Todos pueden seguir el recuento mientras una decisión está abierta.
rule-close-early = Una decisión se cierra en cuanto han votado todos los miembros que pueden votar.
rule-proxies = Un miembro puede nombrar a otro como su apoderado, para una decisión o para todas hasta revocarlo. Nadie tiene más de un poder, el voto propio de un miembro siempre cuenta por encima del de su apoderado, y cada poder se muestra al fondo. El voto secreto no admite apoderados.
rule-secret-always = Cada decisión se toma por voto secreto: los miembros ven quién votó, nunca cómo, y cualquiera puede repetir el recuento.
rule-secret-optional = Quien abre una decisión puede hacerla por voto secreto: los miembros ven entonces quién votó, nunca cómo, y cualquiera puede repetir el recuento.

## Las etapas de un escrutinio por voto único transferible

stv-quoted = «{ $name }»
stv-and = { $rest } y { $last }
stv-first = Primeras preferencias contadas.
stv-first-elected = Primeras preferencias contadas; { $names } { $n ->
    [one] alcanza la cuota y resulta elegido
   *[other] alcanzan la cuota y resultan elegidos
  }.
stv-filled = { $names } { $n ->
    [one] resulta elegido
   *[other] resultan elegidos
  } sin alcanzar la cuota: no quedaban más candidaturas que puestos por cubrir.
stv-surplus = El excedente de { $name } ({ $surplus } votos) se transfiere, cada una de sus papeletas a { $value } de su valor.
stv-surplus-tie = Dos excedentes fueron iguales en todas las etapas: la opción listada primero fue antes.
stv-excluded = { $name } tiene menos votos ({ $had }) y queda excluido; sus papeletas pasan a la siguiente preferencia con el valor con que llegaron.
stv-excluded-tie = Dos candidaturas fueron iguales en todas las etapas: se excluyó la listada en último lugar.
stv-then-elected = { $names } { $n ->
    [one] resulta elegido
   *[other] resultan elegidos
  }.

## La doble mayoría de un Flood

dm-people-passed = El voto de las personas se aprobó.
dm-people-failed = El voto de las personas no se aprobó.
dm-pools = Los fondos miembros: { $approving } de { $n } aprueban, { $more ->
    [yes] lo que es
   *[no] lo que no es
  } más de la mitad.
dm-passes = Con ambas mayorías, la decisión se aprueba.
dm-fails = Sin ambas mayorías, la decisión no se aprueba.

## A budgeting round a decision opens

decision-round-plan = { $amount } repartidos a partes iguales entre los miembros activos del fondo si se aprueba. Después, los miembros tienen { $bucket_days ->
    [one] { $bucket_days } día
   *[other] { $bucket_days } días
  } para proponer proyectos y { $funding_days ->
    [one] { $funding_days } día
   *[other] { $funding_days } días
  } para financiarlos.
decision-round-plan-capped = { $amount } repartidos a partes iguales entre los miembros activos del fondo si se aprueba. Después, los miembros tienen { $bucket_days ->
    [one] { $bucket_days } día
   *[other] { $bucket_days } días
  } para proponer proyectos y { $funding_days ->
    [one] { $funding_days } día
   *[other] { $funding_days } días
  } para financiarlos, sin poner más de { $cap } en un mismo proyecto.
