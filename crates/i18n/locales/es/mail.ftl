# Pools in Spanish: Every email Pools sends.
# Every key here is in the other languages too.

## El marco de cada carta

mail-hello = Hola, { $name }:
mail-stop-text = Para dejar de recibir estos mensajes: { $link }
mail-stop-link = Dejar de recibir estos mensajes
mail-a-member = Un miembro

## El mensaje de prueba del operador

mail-test-subject = Pools puede enviar correo
mail-test-body = Este es un mensaje de prueba de su servidor Pools. Si lo está leyendo, el correo sale del servidor y llega.
mail-test-action = Abrir Pools
mail-test-reason = Recibe este mensaje porque el operador de este servidor Pools envió una prueba a esta dirección.

## Restablecer la contraseña

mail-reset-subject = Restablezca su contraseña de Pools
mail-reset-body = Alguien pidió restablecer la contraseña de su cuenta de Pools ({ $email }). Para elegir una contraseña nueva, abra el enlace de abajo en los próximos { $minutes } minutos.
mail-reset-not-you = Si no fue usted, ignore este mensaje: su contraseña sigue igual.
mail-reset-action = Elegir una contraseña nueva
mail-reset-reason = Recibe este mensaje porque se pidió restablecer la contraseña de la cuenta de Pools con esta dirección.

## Una invitación a un grupo

mail-invite-subject = { $from } le invita a { $group } en Pools
mail-invite-from-organizers = El equipo organizador de { $group }
mail-invite-body = { $from } le invita a ocupar su lugar en { $group }, que usa Pools para llevar un fondo propiedad de sus miembros: los miembros aportan dinero, proponen y deciden por votación, una persona, un voto.
mail-invite-link = El enlace de abajo es solo suyo: le permite iniciar sesión o registrarse y ocupar el lugar que el grupo le guardó. No se le pide nada hasta que decida unirse a un fondo.
mail-invite-action = Ocupar su lugar
mail-invite-reason = Recibe esto porque una persona organizadora de { $group } añadió esta dirección para invitarle. Si no quiere unirse, ignórelo; la dirección no se muestra a nadie más, y un grupo puede invitarle como máximo { $times } veces.

## El recibo de una papeleta secreta

mail-receipt-subject = Su recibo de «{ $title }»
mail-receipt-sealed = Su papeleta secreta sobre «{ $title }» está sellada. Su recibo es:
mail-receipt-how = Cuando se cierre la votación ({ $closes }), cada papeleta se publica bajo el hash de su recibo, sin su votante. Introduzca este recibo en la página de la decisión, o ejecute `pools verify --receipt` sobre la exportación del fondo, para ver su papeleta contada tal como la emitió. Si cambia su papeleta, recibirá un nuevo recibo y este dejará de contar.
mail-receipt-keep = Guárdelo para usted: quien lo tenga puede ver cómo se emitió esta papeleta.
mail-receipt-action = Comprobar su recibo
mail-receipt-reason = Recibe esto porque votó con papeleta secreta, y el recibo es la forma de comprobar que su papeleta se contó.

## Notificaciones: la línea corta que se guarda para el resumen, y luego la carta

mail-reason = Recibe esto porque es miembro de { $pool } y estos mensajes están activados: «{ $kind }». Cambie lo que recibe en { $link }.
mail-kind-decision_opened = Se abre una decisión
mail-kind-closing_soon = Una decisión se cierra en 24 horas y usted no ha votado
mail-kind-decision_result = El resultado de una decisión
mail-kind-money_recorded = Dinero registrado a su nombre
mail-kind-round_opened = Se abre una ronda de presupuesto participativo
mail-kind-payout_paid = Se realiza un pago
mail-kind-signature_needed = Un documento legal necesita su firma
mail-kind-round_closing = Una ronda de presupuesto participativo se cierra en 24 horas y le queda parte de su cuota
mail-kind-flood_decision = Se abre una decisión de un Flood
mail-kind-mentioned = Alguien le menciona en un comentario

mail-opened-summary = Se abrió una decisión en { $pool }: «{ $title }»
mail-opened-summary-flood = Se abrió una decisión en el Flood { $pool }: «{ $title }»
mail-opened-subject = Vote: { $title }
mail-opened-body = Se abrió una decisión en { $pool }: «{ $title }».
mail-opened-body-flood = Se abrió una decisión en el Flood { $pool }, del que forma parte su fondo: «{ $title }».
mail-opened-closes = La votación se cierra el { $closes }. Cada miembro tiene un voto.
mail-opened-action = Leerla y votar

mail-explanation = { $said }
mail-result-summary = «{ $title }» se cerró: { $explanation }
mail-result-subject = Resultado: { $title }
mail-result-body = La decisión «{ $title }» de { $pool } se ha cerrado.
mail-result-action = Ver el resultado

mail-money-summary = { $amount } registrados a su nombre en { $pool } ({ $kind })
mail-money-subject = { $amount } registrados a su nombre en { $pool }
mail-money-body = { $pool } registró { $amount } de usted como { $kind }, recibidos el { $day }. Su estado de cuenta muestra cada asiento.
mail-money-action = Ver su estado de cuenta
mail-money-kind-capital = capital
mail-money-kind-gift = donación
mail-money-kind-buy_in = cuota de entrada

mail-round-summary = Se abrió una ronda de presupuesto participativo en { $pool }: «{ $title }»
mail-round-subject = Su cuota de { $share }: { $title }
mail-round-body = Se abrió una ronda de presupuesto participativo en { $pool }: «{ $title }». Cada miembro tiene la misma cuota, { $share }, para repartir entre los proyectos que proponen los miembros.
mail-round-closes = La financiación se cierra el { $closes }.
mail-round-action = Ver la ronda

mail-paid-summary = { $amount } pagados a { $payee } por { $purpose }
mail-paid-subject = Pagado: { $amount } a { $payee }
mail-paid-body = { $pool } pagó { $amount } a { $payee } por { $purpose }, el { $day }, como decidieron sus miembros.
mail-paid-action = Ver la tesorería

mail-sign-summary = La versión { $version } de los documentos legales de { $pool } necesita su firma
mail-sign-subject = Firme: documentos de { $pool }, versión { $version }
mail-sign-body = La versión { $version } de los documentos legales de { $pool } está lista, y cada miembro la firma. { $reason }
mail-sign-how = Léalos y luego firme escribiendo su nombre.
mail-sign-action = Leer y firmar

mail-mentioned-summary = { $author } le mencionó en «{ $title }»
mail-mentioned-subject = { $author } le mencionó: { $title }
mail-mentioned-body = { $author } le mencionó en «{ $title }», en { $pool }:
mail-mentioned-action = Leer y responder

mail-closing-summary = «{ $title }» se cierra el { $closes } y usted no ha votado
mail-closing-subject = Se cierra pronto: { $title }
mail-closing-body = La decisión «{ $title }» de { $pool } se cierra el { $closes }, y usted aún no ha votado.
mail-closing-quorum = Si votan muy pocos miembros, no se alcanza el quórum y no se decide nada.
mail-closing-action = Votar ahora

mail-round-closing-summary = La financiación de «{ $title }» se cierra el { $closes } y le queda parte de su cuota
mail-round-closing-body = La financiación de la ronda de presupuesto participativo «{ $title }» de { $pool } se cierra el { $closes }, y aún no ha colocado toda su cuota.
mail-round-closing-left = Lo que no coloque se queda en el fondo.
mail-round-closing-action = Colocar su cuota

## El resumen diario

mail-digest-subject = Su día en Pools: { $n ->
    [one] 1 novedad
   *[other] { $n } novedades
  }
mail-digest-item = { $summary }: { $link }
mail-digest-reason = Recibe este resumen diario porque lo eligió para algunos mensajes de sus fondos. Cambie lo que recibe en la página de notificaciones de cada fondo, por ejemplo { $link }.
