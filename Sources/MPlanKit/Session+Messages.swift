import MPlanSyntax

// What the command line needs to say a message: the message as data and the catalogue that
// renders it (docs/messages.md). The command line imports only this façade.
public typealias Message = MPlanSyntax.Message
public typealias Catalogue = MPlanSyntax.Catalogue
public typealias Bidi = MPlanSyntax.Bidi
