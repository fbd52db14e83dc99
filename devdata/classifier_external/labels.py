LABELS = [
 "Armed clash","Government regains territory","Non-state actor overtakes territory",
 "Chemical weapon","Air/drone strike","Suicide bomb","Shelling/artillery/missile attack",
 "Remote explosive/landmine/IED","Grenade",
 "Sexual violence","Attack","Abduction/forced disappearance",
 "Peaceful protest","Protest with intervention","Excessive force against protesters",
 "Violent demonstration","Mob violence",
 "Agreement","Arrests","Change to group/activity","Disrupted weapons use",
 "Headquarters or base established","Looting/property destruction",
 "Non-violent transfer of territory","Other",
 "Attribution of responsibility","Diplomatic event","Organized crime",
 "Natural disaster","Man-made disaster",
]
