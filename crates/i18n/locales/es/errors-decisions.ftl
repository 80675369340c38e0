# Pools in Spanish: errors of decisions, proxies, secret ballots and Floods.
# Every key here is in the other languages too.

## Abrir una decisión

error-decisions-title = dé a la pregunta un título de 1 a 120 caracteres
error-decisions-payee = indique a quién se paga, en 1 a 120 caracteres
error-decisions-spend-alone = un gasto se decide mediante una propuesta (a favor, abstención, en contra, bloqueo) que trate solo de él
error-decisions-flood-alone = una decisión sobre un Flood es una propuesta (a favor, abstención, en contra, bloqueo) que trata solo de él
error-decisions-round-alone = un presupuesto participativo se decide mediante una propuesta (a favor, abstención, en contra, bloqueo) que trate solo de él
error-decisions-rules-proposal = un cambio de reglas se decide mediante una propuesta (a favor, abstención, en contra, bloqueo)
error-decisions-pool-draft = este fondo todavía es un borrador: ábralo antes de tomar decisiones
error-decisions-no-round-in-flood = los presupuestos participativos son para los fondos; un Flood gasta por decisión
error-decisions-organizers-propose = en este fondo solo quienes organizan pueden hacer propuestas
error-decisions-members-propose = solo los miembros activos del fondo pueden hacer propuestas
error-decisions-not-available = el fondo tiene { $available } disponibles (la tesorería menos los pagos ya autorizados y el dinero reservado para los presupuestos participativos abiertos), menos que los { $asked } solicitados
error-decisions-same-rules = las reglas propuestas son iguales a las actuales: cambie al menos una
error-decisions-voting-days = las decisiones de este fondo quedan abiertas de { $min } a { $max } { $max ->
    [one] día
   *[other] días
  }
error-decisions-new-vanished = la nueva decisión desapareció

## Votar

error-decisions-no-decision = no hay ninguna decisión con el identificador «{ $id }»
error-decisions-closed-at = la votación de esta decisión se cerró el { $at }
error-decisions-not-eligible = solo quienes eran miembros del fondo al abrirse la votación pueden votar en esta decisión
error-decisions-receipt-unread = no se pudo volver a leer un código de recibo
error-decisions-vanished = la decisión desapareció
error-decisions-nothing-to-withdraw = usted no tiene ningún voto que retirar en esta decisión
error-decisions-pool-vanished = el fondo de la decisión desapareció
error-decisions-pool-gone = el fondo de la decisión ya no existe
error-decisions-the-pool-vanished = el fondo desapareció

## Apoderados

error-decisions-proxy-members = solo los miembros activos del fondo pueden nombrar un apoderado
error-decisions-pool-no-decision = este fondo no tiene ninguna decisión con el identificador «{ $id }»
error-decisions-closed = la votación de esta decisión se ha cerrado
error-decisions-proxy-vanished = el nuevo poder desapareció
error-decisions-no-proxy = usted no ha nombrado ningún apoderado en este fondo
error-decisions-cannot-vote = esa persona no puede votar en esta decisión

## Voto secreto

error-decisions-voter-vanished = la persona que votó desapareció
error-decisions-not-secret = esta decisión no es por voto secreto: cada papeleta se muestra con el nombre de quien votó

## Floods

error-decisions-flood-vanished = el Flood desapareció
error-decisions-flood-in-flood = los miembros de un Flood son fondos: un Flood no puede unirse a un Flood
error-decisions-flood-name = dé al Flood un nombre de 1 a 120 caracteres
error-decisions-flood-purpose = indique cuál es el proyecto común, en 2.000 caracteres como máximo
error-decisions-no-active-flood = no hay ningún Flood activo «{ $id }»
error-decisions-no-flood = no hay ningún Flood «{ $id }»
error-decisions-already-member = este fondo ya es miembro de ese Flood
error-decisions-not-member = este fondo no es miembro de ese Flood
error-decisions-flood-currency = ese Flood lleva su fondo común en { $flood }, y este fondo en { $pool }
error-decisions-confirm = marque la casilla para confirmar que ha leído el acuerdo y que lo firma
error-decisions-typed-name = escriba su nombre completo exactamente como figura en su cuenta, «{ $name }», para firmar
error-decisions-signers = solo los miembros activos de un fondo miembro firman el acuerdo
error-decisions-agreement-changed = el acuerdo cambió desde que lo abrió (un fondo se unió, salió o aportó fondos): lea la nueva versión y fírmela
error-decisions-already-signed = usted ya firmó esta versión

## Rechazos guardados con una decisión aprobada, y por qué terminó un poder
refused-spend-uncovered = la propuesta se aprobó, pero no se autorizó ningún pago: al cerrar la votación el fondo tenía { $available } disponibles (la tesorería menos los pagos ya autorizados y el dinero apartado para presupuestos participativos), menos que los { $asked } pedidos. Vuelva a proponerla cuando el dinero esté
refused-spend = la propuesta se aprobó, pero no se autorizó ningún pago: { $reason }
refused-round-too-little = { $amount } repartidos entre { $members ->
        [one] { $members } miembro es
       *[other] { $members } miembros es
    } menos que la unidad más pequeña para cada uno
refused-round-short = el fondo tenía { $available } disponibles cuando se aprobó la decisión, menos que los { $needed } que necesita el presupuesto participativo
refused-round-short-promised = el fondo tenía { $available } disponibles cuando se aprobó la decisión, una vez apartados los { $promised } que las propuestas de gasto aún abiertas pueden autorizar, menos que los { $needed } que necesita el presupuesto participativo
refused-flood-short = el fondo tenía { $available } disponibles cuando se aprobó la decisión, menos que los { $amount } que compromete
refused-flood-pending = el Flood aún tiene { $amount } en pagos autorizados: páguelos o cancélelos antes de que salga el último fondo
proxy-ended-revoked = revocado por el miembro que lo nombró
proxy-ended-left = uno de los dos dejó el fondo
proxy-ended-rules = las reglas del fondo ya no permiten apoderados
