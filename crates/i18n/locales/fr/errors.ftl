# Pools in French: Error messages: what is wrong and how to fix it.
# Every key here is in the other languages too.

## Dit partout

error-sign-in-first = connectez-vous d'abord
error-store = un problème est survenu de notre côté ; rien n'a été modifié. Veuillez réessayer
error-rate-limited = trop de tentatives échouées : attendez { $seconds } secondes et réessayez, ou réinitialisez votre mot de passe
error-busy = le serveur est occupé : réessayez dans { $seconds } secondes
error-clash = cela s'est heurté à une autre modification faite au même moment ({ $what }) ; rechargez la page et réessayez
error-no-pool = il n'y a pas de caisse avec l'identifiant « { $id } »
error-no-chain = le journal n'a pas de chaîne « { $body } » : les chaînes s'appellent pool:ID, group:ID ou person:ID
error-not-a-time-zone = { $zone } n'est pas un fuseau horaire que Pools connaît : donnez une région et une ville comme dans la base des fuseaux horaires, par exemple Europe/Paris ou America/Mexico_City
