# Pools in Spanish: Error messages: what is wrong and how to fix it.
# Every key here is in the other languages too.

## Dicho en todas partes

error-sign-in-first = inicie sesión primero
error-store = algo salió mal de nuestro lado; no se cambió nada. Inténtelo de nuevo
error-rate-limited = demasiados intentos fallidos: espere { $seconds } segundos y vuelva a intentarlo, o restablezca su contraseña
error-busy = el servidor está ocupado: inténtelo de nuevo en { $seconds } segundos
error-clash = esto chocó con otro cambio hecho en el mismo momento ({ $what }); recargue la página e inténtelo de nuevo
error-no-pool = no hay ningún fondo con el identificador «{ $id }»
error-no-chain = el diario no tiene ninguna cadena «{ $body }»: las cadenas se llaman pool:ID, group:ID o person:ID
error-not-a-time-zone = { $zone } no es una zona horaria que Pools conozca: indique una región y una ciudad como en la base de datos de zonas horarias, por ejemplo Europe/Paris o America/Mexico_City
